import ReaderModels
import Testing

@Suite struct ServerTextTests {
    @Test func removesTerminalControlsButKeepsNewlinesAndTabs() {
        let hostile = "Title\u{1B}[2J\u{1B}]0;owned\u{07} end\u{9B}31m\u{7F}\nnext\tcolumn"
        #expect(ServerText.displayable(hostile) == "Title[2J]0;owned end31m\nnext\tcolumn")
    }

    @Test(arguments: [
        ("echo: Authorization: Bearer abc.def-123 rest", "echo: Authorization: Bearer [redacted] rest"),
        ("{\"Authorization\": \"Bearer abc123\"}", "{\"Authorization\": \"Bearer [redacted]\"}"),
        ("authorization:GoogleLogin auth=SID/xyz", "authorization:GoogleLogin [redacted]"),
        ("GoogleLogin auth=user/0123abcd", "GoogleLogin auth=[redacted]"),
        ("GET /x?access_token=s3cr3t&limit=5", "GET /x?access_token=[redacted]&limit=5"),
        ("password=hunter22; next", "password=[redacted]; next"),
        ("{\"token\": \"t0k3n\"}", "{\"token\": \"[redacted]\"}"),
    ])
    func redactsWhatLooksLikeACredential(text: String, shown: String) {
        #expect(ServerText.displayable(text) == shown)
    }

    @Test func redactsTheCallersOwnSecretsAnywhere() {
        #expect(ServerText.displayable("you sent xK9-secret-77 twice", secrets: ["xK9-secret-77"]) == "you sent [redacted] twice")
    }

    @Test func leavesOrdinaryMessagesAlone() {
        for message in [
            "Authorization required: the token is missing or wrong",
            "A basic guide to bearer bonds",
            "a bearer token is required",
        ] {
            #expect(ServerText.displayable(message) == message)
        }
    }
}
