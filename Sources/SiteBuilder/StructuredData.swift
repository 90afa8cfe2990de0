/// The schema.org data public pages carry as JSON-LD (`<script type="application/ld+json">`)
/// for search engines: a FAQ entry's question and answer, and a page's breadcrumb trail.
/// Encoded with `ScriptJSON`, so the text is safe inside the script element.
enum StructuredData {
    static let context = "https://schema.org"

    /// A page of questions with their answers (`FAQPage`).
    struct FAQPage: Encodable {
        let context = StructuredData.context
        let type = "FAQPage"
        let mainEntity: [Question]

        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type", mainEntity
        }
    }

    struct Question: Encodable {
        let type = "Question"
        /// The question: the FAQ entry's title.
        let name: String
        let acceptedAnswer: Answer

        enum CodingKeys: String, CodingKey {
            case type = "@type", name, acceptedAnswer
        }
    }

    struct Answer: Encodable {
        let type = "Answer"
        /// The public answer as plain text.
        let text: String

        enum CodingKeys: String, CodingKey {
            case type = "@type", text
        }
    }

    /// The trail from the home page to a page (`BreadcrumbList`).
    struct BreadcrumbList: Encodable {
        let context = StructuredData.context
        let type = "BreadcrumbList"
        let itemListElement: [ListItem]

        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type", itemListElement
        }
    }

    /// One step of a trail: its place from 1, its name and its absolute address.
    struct ListItem: Encodable {
        let type = "ListItem"
        let position: Int
        let name: String
        let item: String

        enum CodingKeys: String, CodingKey {
            case type = "@type", position, name, item
        }
    }
}
