import BuildPipeline
import CasebookCore
import CasebookTestSupport
@testable import DevServer
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `casebook serve` over real HTTP: a server on a free port, a small content repository.
@Suite(.serialized) struct DevServerTests {
    static let files: [String: String] = [
        "casebook.yml": "title: Test Co.\npublic:\n  base_url: https://help.test.example/\ndefaults:\n  faq: { audience: public }\n  categories: { audience: public }\n",
        "content/categories/billing-errors.md": "---\ntitle: Billing errors\nsummary: Wrong charges.\n---\nMistakes.\n",
        "content/policies/late-fee-waiver.md": "---\ntitle: Late fee waiver\nsummary: Once a year.\naudience: public\nowner: Billing\ncategories: [billing-errors]\n---\nWe waive a late fee once a year.\n",
        "content/policies/reason-codes.md": "---\ntitle: Reason codes\nsummary: Codes.\nowner: Billing\ncategories: [billing-errors]\n---\nUse WAIV.\n",
    ]

    /// A running session and server, torn down by `stop`.
    struct Running {
        let root: TemporaryDirectory
        let session: PreviewSession
        let frontEnd: HTTPFrontEnd
        let port: UInt16
        var base: String { "http://127.0.0.1:\(port)" }

        func get(_ path: String, method: String = "GET", headers: [String: String] = [:]) async throws -> (Int, [String: String], String) {
            var request = URLRequest(url: URL(string: base + path)!)
            request.httpMethod = method
            for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
            let (data, response) = try await NoRedirects.session.data(for: request)
            let http = response as! HTTPURLResponse
            var fields: [String: String] = [:]
            for (name, value) in http.allHeaderFields { fields["\(name)".lowercased()] = "\(value)" }
            return (http.statusCode, fields, String(decoding: data, as: UTF8.self))
        }

        func stop() async {
            await frontEnd.stop()
            root.remove()
        }
    }

    static func start(limits: RequestLimits = .standard, adding extra: [String: String] = [:]) async throws -> Running {
        let root = try TemporaryDirectory(files.merging(extra) { $1 })
        let session = PreviewSession(root: root.url, today: CalendarDay(year: 2026, month: 6, day: 1),
                                     history: HistoryOptions(enabled: false)) { _ in }
        #expect(await session.rebuild())
        let frontEnd = try HTTPFrontEnd(host: "127.0.0.1", port: 0, responder: session.responder, limits: limits)
        Task { try await frontEnd.run() }
        try await frontEnd.waitUntilListening()
        return Running(root: root, session: session, frontEnd: frontEnd, port: frontEnd.port)
    }

    @Test func bothSitesAreServedWithTheirContentTypes() async throws {
        let server = try await Self.start()
        defer { Task { await server.stop() } }
        let (status, headers, body) = try await server.get("/internal/policies/reason-codes/")
        #expect(status == 200)
        #expect(headers["content-type"] == "text/html; charset=utf-8")
        #expect(body.contains("<h1>Reason codes</h1>"))
        #expect(body.contains("data-audience=\"internal\" data-counterpart=\"/public/policies/reason-codes/index.html\" data-counterpart-exists=\"false\""))
        let (_, _, waiver) = try await server.get("/public/policies/late-fee-waiver/index.html")
        #expect(waiver.contains("data-counterpart=\"/internal/policies/late-fee-waiver/index.html\" data-counterpart-exists=\"true\""))
        #expect(try await server.get("/public/assets/casebook.css").1["content-type"] == "text/css; charset=utf-8")
        #expect(try await server.get("/public/assets/casebook.js").1["content-type"] == "text/javascript; charset=utf-8")
        #expect(try await server.get("/public/sitemap.xml").1["content-type"] == "application/xml; charset=utf-8")
        #expect(try await server.get("/_casebook/serve.js").0 == 200)
        #expect(try await server.get("/").1["location"] == "/internal/")
        let (missing, _, notFound) = try await server.get("/public/policies/reason-codes/index.html")
        #expect(missing == 404)
        #expect(notFound.contains("Page not found"))
    }

    @Test func everyLanguageIsServedAndTheToggleKeepsIt() async throws {
        let server = try await Self.start(adding: [
            "casebook.yml": Self.files["casebook.yml"]! + "languages:\n  es: {}\n",
            "content/policies/late-fee-waiver.es.md": "---\ntitle: Exención del recargo\n---\nLo eximimos una vez al año.\n",
        ])
        defer { Task { await server.stop() } }
        let (status, _, staff) = try await server.get("/internal/es/policies/late-fee-waiver/")
        #expect(status == 200)
        #expect(staff.contains("<h1>Exención del recargo</h1>"))
        #expect(staff.contains("data-audience=\"internal\" data-counterpart=\"/public/es/policies/late-fee-waiver/index.html\" data-counterpart-exists=\"true\""))
        let (_, _, customer) = try await server.get("/public/es/policies/late-fee-waiver/index.html")
        #expect(customer.contains("Lo eximimos una vez al año."))
        #expect(customer.contains("data-counterpart=\"/internal/es/policies/late-fee-waiver/index.html\" data-counterpart-exists=\"true\""))
        let (_, _, staffOnly) = try await server.get("/internal/es/policies/reason-codes/index.html")
        #expect(staffOnly.contains("data-counterpart=\"/public/es/policies/reason-codes/index.html\" data-counterpart-exists=\"false\""))
    }

    @Test func headAndConditionalRequests() async throws {
        let server = try await Self.start()
        defer { Task { await server.stop() } }
        let (_, headers, body) = try await server.get("/public/index.html")
        let etag = try #require(headers["etag"])
        let lastModified = try #require(headers["last-modified"])
        let (headStatus, headHeaders, headBody) = try await server.get("/public/index.html", method: "HEAD")
        #expect(headStatus == 200)
        #expect(headBody.isEmpty)
        #expect(headHeaders["content-length"] == String(body.utf8.count))
        #expect(headHeaders["etag"] == etag)
        #expect(try await server.get("/public/index.html", headers: ["If-None-Match": etag]).0 == 304)
        #expect(try await server.get("/public/index.html", headers: ["If-None-Match": "\"other\""]).0 == 200)
        #expect(try await server.get("/public/index.html", headers: ["If-Modified-Since": lastModified]).0 == 304)
        #expect(try await server.get("/public/index.html", method: "POST").0 == 405)
    }

    @Test func requestsSentTogetherOnOneConnectionAreAnsweredInOrder() async throws {
        let server = try await Self.start()
        defer { Task { await server.stop() } }
        let connection = try await RawConnection.open(port: server.port)
        defer { connection.close() }
        await connection.send("GET /internal/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            + "HEAD /public/missing HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        let answers = try await withDeadline(.now + .seconds(10)) { await connection.readUntilClosed() }
        let statuses = answers.components(separatedBy: "HTTP/1.1 ").dropFirst().map { $0.prefix { !$0.isNewline } }
        #expect(statuses == ["200 OK", "404 Not Found"])
    }

    @Test(arguments: ["/public/../internal/index.html", "/public/%2e%2e/internal/index.html", "/public/%2E%2E%2Finternal%2Findex.html",
                      "/internal/..%2f..%2fetc%2fpasswd", "/internal/%5c..%5cetc", "/internal/./index.html"])
    func pathsThatLeaveTheSiteAreRefused(_ path: String) throws {
        // Checked on the responder itself: an HTTP client would normalise some of these before sending.
        #expect(SiteResponder.safePath(path) == nil)
    }

    @Test func traversalOverHTTPIsRefused() async throws {
        let server = try await Self.start()
        defer { Task { await server.stop() } }
        for path in ["/public/%2e%2e/internal/policies/reason-codes/index.html", "/internal/%2e%2e%2f%2e%2e%2fetc%2fpasswd"] {
            let (status, _, body) = try await server.get(path)
            #expect(status == 400 || status == 404, "\(path)")
            #expect(!body.contains("Reason codes") && !body.contains("root:"), "\(path)")
        }
    }

    @Test func aChangedFileIsRebuiltAndAFailedBuildKeepsTheLastGoodSite() async throws {
        let server = try await Self.start()
        defer { Task { await server.stop() } }
        let (_, _, statusBody) = try await server.get("/_casebook/status?since=-1")
        let before = try JSONDecoder().decode(SiteStore.Status.self, from: Data(statusBody.utf8))

        try server.root.write(["content/policies/late-fee-waiver.md":
            "---\ntitle: Late fee waiver\nsummary: Twice a year now.\naudience: public\nowner: Billing\ncategories: [billing-errors]\n---\nWe waive a late fee twice a year.\n"])
        #expect(await server.session.rebuild())
        let (_, _, changedStatus) = try await server.get("/_casebook/status?since=\(before.version)")
        #expect(try JSONDecoder().decode(SiteStore.Status.self, from: Data(changedStatus.utf8)).version == before.version + 1)
        #expect(try await server.get("/public/policies/late-fee-waiver/").2.contains("twice a year"))

        try server.root.write(["content/policies/late-fee-waiver.md": "---\ntitle: Broken\ncategories: [nope]\n---\n"])
        #expect(await server.session.rebuild() == false)
        let (_, _, failedStatus) = try await server.get("/_casebook/status?since=\(before.version + 1)")
        let failed = try JSONDecoder().decode(SiteStore.Status.self, from: Data(failedStatus.utf8))
        #expect(!failed.ok)
        #expect(failed.diagnostics.contains { $0.hasPrefix("content/policies/late-fee-waiver.md:") && $0.contains("unknown category 'nope'") })
        #expect(try await server.get("/public/policies/late-fee-waiver/").2.contains("twice a year"), "the last good page stays served")
    }

    @Test(arguments: [false, true]) func theWatcherRebuildsAfterASave(polling: Bool) async throws {
        let server = try await Self.start()
        defer { Task { await server.stop() } }
        try server.session.watch(polling: polling)
        let (_, _, statusBody) = try await server.get("/_casebook/status?since=-1")
        let before = try JSONDecoder().decode(SiteStore.Status.self, from: Data(statusBody.utf8))
        try server.root.write(["content/policies/reason-codes.md": "---\ntitle: Reason codes\nsummary: Codes.\nowner: Billing\ncategories: [billing-errors]\n---\nUse NEWCODE.\n"])
        // The status request waits for the rebuild the save triggers.
        let (_, _, afterBody) = try await server.get("/_casebook/status?since=\(before.version)")
        let after = try JSONDecoder().decode(SiteStore.Status.self, from: Data(afterBody.utf8))
        #expect(after.version > before.version)
        #expect(try await server.get("/internal/policies/reason-codes/").2.contains("NEWCODE"))
    }
}

/// Lets tests see redirects instead of following them.
final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    /// Swift Testing runs the other suites' builds on the same two cooperative threads as the
    /// server's tasks, so on a two-core machine an answer can wait a minute for a thread:
    /// the client waits up to ten (a server that hangs still fails the test).
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 600
        configuration.timeoutIntervalForResource = 600
        return URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
    }()

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
