import Foundation
@testable import ReaderFeeds
import ReaderModels
import Testing

/// Enclosures, the image that stands for an item, and the feed's own details.
@Suite struct MediaTests {
    @Test func podcastEnclosuresCarryTheirDurationAndTheItemItsImage() throws {
        let feed = try parseFixture("links/podcast.xml")
        #expect(feed.title == "Patent Talk")
        #expect(feed.homePageURL == "https://pod.example.com/")
        #expect(feed.description == "A weekly show about patents.")
        #expect(feed.language == "en-us")
        #expect(feed.logoURL == "https://pod.example.com/show/art/cover-3000.jpg")
        #expect(feed.iconURL == nil)

        let second = try #require(feed.item("pod-2"))
        #expect(second.url == "https://pod.example.com/show/episodes/2")
        #expect(
            second.enclosures == [
                Enclosure(
                    url: "https://pod.example.com/show/media/ep2.mp3", mimeType: "audio/mpeg", length: 48_213_011,
                    duration: 3723)
            ])
        #expect(second.imageURL == "https://pod.example.com/show/art/ep2.jpg")

        let first = try #require(feed.item("pod-1"))
        #expect(first.url == nil)  // mailto:
        #expect(
            first.enclosures == [
                Enclosure(url: "https://media.example.net/ep1.m4a", mimeType: "audio/x-m4a", duration: 95)
            ])
        #expect(first.imageURL == nil)
    }

    @Test func mediaRSSPicksTheMostTellingImage() throws {
        let feed = try parseFixture("links/media-rss.xml", baseURL: "https://media.example.com/rss")
        #expect(feed.homePageURL == "https://media.example.com/")
        #expect(feed.logoURL == "https://media.example.com/img/logo.png")
        #expect(feed.description == "Pictures and video.")

        #expect(feed.item("m-1")?.imageURL == "https://media.example.com/photos/1-thumb.jpg")
        #expect(feed.item("m-1")?.contentHTML == #"<img src="https://media.example.com/photos/inline.jpg"> One."#)
        #expect(feed.item("m-1")?.enclosures == [])
        #expect(feed.item("m-2")?.imageURL == "https://cdn.example.com/2.webp")
        let video = try #require(feed.item("m-3"))
        #expect(
            video.enclosures == [
                Enclosure(
                    url: "https://media.example.com/video/3.mp4", mimeType: "video/mp4", length: 9_000_000, duration: 125),
                Enclosure(url: "https://media.example.com/photos/3.jpg", mimeType: "image/jpeg", length: 53000),
            ])
        #expect(video.imageURL == "https://media.example.com/photos/3.jpg")
        #expect(feed.item("m-4")?.imageURL == "https://media.example.com/photos/4.jpg")
        #expect(feed.item("m-5")?.imageURL == nil)
    }

    @Test func jsonFeedImagesAttachmentsAndIcons() throws {
        let feed = try parseFixture("links/jsonfeed.json", baseURL: "https://json.example.org/feeds/feed.json")
        #expect(feed.homePageURL == "https://json.example.org/")
        #expect(feed.description == "A feed with images.")
        #expect(feed.language == "zh-CN")
        #expect(feed.logoURL == "https://json.example.org/icon-512.png")
        #expect(feed.iconURL == "https://json.example.org/favicon-64.png")

        let first = try #require(feed.item("j-1"))
        #expect(first.url == "https://json.example.org/feeds/posts/1")
        #expect(first.imageURL == "https://json.example.org/feeds/images/1.png")
        #expect(
            first.contentHTML
                == #"<p><a href="https://json.example.org/about">About</a> <img src="https://json.example.org/feeds/pic.png"></p>"#
        )

        let second = try #require(feed.item("j-2"))
        #expect(second.imageURL == "https://json.example.org/images/2-banner.png")
        #expect(
            second.enclosures == [
                Enclosure(
                    url: "https://json.example.org/audio/2.mp3", mimeType: "audio/mpeg", length: 1_234_567,
                    duration: 1800),
                Enclosure(url: "https://json.example.org/audio/2.ogg", mimeType: "audio/ogg"),
            ])
    }

    @Test(arguments: [
        ("1:02:03", 3723), ("62:03", 3723), ("95", 95), ("95.6", 95), (" 0:30 ", 30), ("", nil), ("1:2:3:4", nil),
        ("abc", nil), ("1::3", nil),
    ] as [(String, Int?)])
    func readsPodcastDurations(text: String, seconds: Int?) {
        #expect(PodcastDuration.seconds(from: text) == seconds)
    }
}
