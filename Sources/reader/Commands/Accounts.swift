import ArgumentParser
import Foundation
import ReaderCore
import ReaderCurl

/// `reader accounts add | list | login | remove`.
struct Accounts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add, list, log in to or remove accounts on servers that keep your feeds (Google Reader API).",
        discussion: """
            FreshRSS, Miniflux, Inoreader, The Old Reader and BazQux serve the Google Reader API. An account \
            brings its subscriptions, read state and stars; `reader sync` syncs them.
            """,
        subcommands: [Add.self, ListAccounts.self, LogIn.self, Remove.self],
        defaultSubcommand: ListAccounts.self)

    /// `reader accounts add greader URL --user NAME`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Log in to an account and import its subscriptions.",
            discussion: """
                The password is read from the terminal, or from standard input with --password-stdin; it is sent \
                once and never stored. The server's login token is kept in a file beside the cache that only you \
                can read. With FreshRSS, the URL is https://HOST/api/greader.php and the password the API \
                password set in your profile; with Miniflux, https://HOST and the Google Reader password set in \
                its integrations.
                """)

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The API the server speaks: greader (the Google Reader API).")
        var kind: String

        @Argument(help: "The API endpoint, such as https://rss.example/api/greader.php.")
        var url: String

        @Option(help: "Your user name on the server.")
        var user: String

        @Option(help: "What to call the account (default: USER@HOST).")
        var name: String?

        @Flag(help: "Read the password from the first line of standard input.")
        var passwordStdin = false

        @Option(help: "The first sync fetches at most this many of the newest articles.")
        var window = 1000

        @Option(help: "The first sync fetches only articles the server fetched on or after this date (YYYY-MM-DD).")
        var since: CalendarDay?

        func validate() throws {
            guard AccountKind(rawValue: kind) != nil else {
                throw ValidationError("unknown account kind \(kind): Reader speaks greader (the Google Reader API).")
            }
            try HTTPURLArgument.validate(url)
            guard window > 0 else { throw ValidationError("--window must be at least 1.") }
        }

        func run() async throws {
            let password = try PasswordInput.read(prompt: "Password for \(user) at \(url): ", fromStandardInput: passwordStdin)
            try await CurlTransport.whilePreparing {
                try await reportingErrors {
                    let added = try await options.openLibrary().addAccount(
                        AccountKind(rawValue: kind) ?? .googleReader, url: url, user: user, password: password, name: name, windowLimit: window, since: since?.date)
                    let folders = Set(added.subscriptions.compactMap(\.folder)).count
                    print(
                        "Logged in to \(added.account.url) as \(added.account.user): account \(added.account.name), "
                            + "\(added.subscriptions.count) subscription\(added.subscriptions.count == 1 ? "" : "s") in "
                            + "\(folders) folder\(folders == 1 ? "" : "s"). `reader sync` fetches its articles.")
                }
            }
        }
    }

    /// `reader accounts list`.
    struct ListAccounts: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts.")

        @OptionGroup var options: GlobalOptions

        @Flag(help: "Print a JSON array instead of lines.")
        var json = false

        func run() async throws {
            try await reportingErrors {
                let store = try options.openCacheForReading()
                let accounts = try await store.accounts()
                var lines: [AccountJSON] = []
                for account in accounts {
                    lines.append(AccountJSON(account, subscriptions: try await store.sources(of: account).count))
                }
                if json {
                    print(try JSONOutput.text(of: lines))
                } else if accounts.isEmpty {
                    print("No accounts yet: add one with `reader accounts add greader URL --user NAME`.")
                } else {
                    for line in lines { print(line.text) }
                }
            }
        }
    }

    /// `reader accounts login NAME`.
    struct LogIn: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "login", abstract: "Log in to an account again, when its server no longer accepts the login.")

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The account's name, as `reader accounts list` shows it.")
        var name: String

        @Flag(help: "Read the password from the first line of standard input.")
        var passwordStdin = false

        func run() async throws {
            try await CurlTransport.whilePreparing {
                try await reportingErrors {
                    let library = try options.openLibrary()
                    let account = try await AccountArgument.find(name, in: library.store)
                    let password = try PasswordInput.read(
                        prompt: "Password for \(account.user) at \(account.url): ", fromStandardInput: passwordStdin)
                    try await library.logIn(account: account, password: password)
                    print("Logged in to \(account.url) as \(account.user).")
                }
            }
        }
    }

    /// `reader accounts remove NAME`.
    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove an account with its subscriptions and articles from this device (the server keeps them).")

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The account's name.")
        var name: String

        func run() async throws {
            try await reportingErrors {
                let library = try options.openLibrary()
                let account = try await AccountArgument.find(name, in: library.store)
                try await library.removeAccount(account)
                print("Removed account \(account.name)")
            }
        }
    }
}

/// An account named on the command line.
enum AccountArgument {
    /// The account called `name` (or numbered so).
    /// - throws: ``StoreError/accountNotFound(_:)``.
    static func find(_ name: String, in store: ArticleStore) async throws -> Account {
        guard let account = try await store.account(named: name) else { throw StoreError.accountNotFound(name) }
        return account
    }
}

/// A date given as `YYYY-MM-DD`, midnight UTC.
struct CalendarDay: ExpressibleByArgument {
    let date: Date

    init?(argument: String) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        guard let date = formatter.date(from: argument) else { return nil }
        self.date = date
    }
}
