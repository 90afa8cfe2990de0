import CasebookCore
import Testing
@testable import SiteBuilder

@Suite struct SitePathsTests {
    @Test func pagesLiveInTypeAndIDFolders() {
        #expect(SitePaths.page(PageKey(type: .policies, id: "late-fee-waiver")) == "policies/late-fee-waiver/index.html")
        #expect(SitePaths.typeIndex(.faq) == "faq/index.html")
    }

    @Test(arguments: [("index.html", ""), ("faq/index.html", "../"), ("policies/x/index.html", "../../")])
    func rootPrefixLeadsBackToTheSiteRoot(path: String, root: String) {
        #expect(SitePaths.root(from: path) == root)
    }

    @Test func absoluteAddressesDropIndexHTML() {
        #expect(SitePaths.absolute("faq/a/index.html", base: "https://help.example.com/") == "https://help.example.com/faq/a/")
        #expect(SitePaths.absolute("index.html", base: "https://help.example.com/") == "https://help.example.com/")
    }
}
