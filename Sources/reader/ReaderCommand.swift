@main struct ReaderCommand { static func main() {} }
