import CasebookCore
import Foundation

/// The files of new content: a whole starter repository (`casebook init`); `ScaffoldWriter`
/// writes them, never over a file.
enum Scaffold {
    /// The four scenario categories a new repository starts with: id, title, summary.
    static let categories: [(id: String, title: String, summary: String)] = [
        ("billing-errors", "Billing errors", "Charges, fees or invoices that are wrong, and what we do about them."),
        ("unexpected-circumstances", "Unexpected circumstances",
         "Illness, bereavement, disasters and other events outside the customer's control."),
        ("service-failures", "Service failures", "When we did not deliver what we promised, on time or at all."),
        ("loyalty-recognition", "Loyalty recognition", "Thanking long-standing customers in ways that mean something."),
    ]

    static let configuration = """
        # Casebook site configuration: every key is optional.
        title: Example Co.
        internal:
          title: Example Co. Staff Guide
        public:
          title: Example Co. Help Center
          base_url: https://help.example.com/   # the public site's address, for sitemap.xml, feed.xml and canonical links
          # contact:                            # "Still need help?" on every public page; every key is optional
          #   text: Our customer care team answers within one working day.
          #   email: help@example.com
          #   phone: +1 555 0100
          #   url: https://example.com/contact
          #   hours: Monday to Friday, 9 am to 5 pm
        defaults:                               # the audience of a page that does not say
          faq: { audience: public }
          categories: { audience: public }

        """

    /// The files of a new content repository, by path.
    static func repository(today: CalendarDay) -> [(path: String, text: String)] {
        var files: [(String, String)] = [("casebook.yml", configuration), (".gitignore", "/site/\n")]
        for (order, category) in categories.enumerated() {
            var text = PageStarter(type: .categories, title: category.title, today: today, order: order + 1).text
            text = text.replacingOccurrences(of: "One line on the situations this category covers.", with: category.summary)
            files.append(("content/categories/\(category.id).md", text))
        }
        let all = categories.map(\.id)
        files.append(("content/policies/courtesy-credits.md",
                      PageStarter(type: .policies, title: "Courtesy credits", categories: all, today: today).text))
        files.append(("content/faq/what-is-an-exception.md",
                      PageStarter(type: .faq, title: "What is an exception?", categories: all, today: today).text))
        files.append(("content/scripts/granting-an-exception.md",
                      PageStarter(type: .scripts, title: "Granting an exception", categories: all, today: today).text))
        return files
    }
}
