/// How customers reach a person, for the public site's "Still need help?" block
/// (`public.contact` in `casebook.yml`). Every part is optional; with none, there is no block.
public struct ContactDetails: Sendable, Equatable {
    /// A sentence or two before the ways to get in touch.
    public var text: String?
    /// An e-mail address, without `mailto:`.
    public var email: String?
    /// A telephone number as people read it (`+1 555 0100`).
    public var phone: String?
    /// An absolute http or https address: a contact form or page.
    public var url: String?
    /// When someone answers (`Monday to Friday, 8:00–18:00`).
    public var hours: String?

    public init(text: String? = nil, email: String? = nil, phone: String? = nil, url: String? = nil, hours: String? = nil) {
        self.text = text
        self.email = email
        self.phone = phone
        self.url = url
        self.hours = hours
    }

    /// True when no part is set, so the block is left out.
    public var isEmpty: Bool { self == ContactDetails() }

    /// These details with every part that `other` sets written over this one's: a language's
    /// details over the default language's.
    public func overridden(by other: ContactDetails) -> ContactDetails {
        ContactDetails(text: other.text ?? text, email: other.email ?? email, phone: other.phone ?? phone,
                       url: other.url ?? url, hours: other.hours ?? hours)
    }

    /// The number for a `tel:` link: its digits, with the leading `+` when it has one.
    public var phoneLink: String? {
        guard let phone else { return nil }
        let digits = phone.filter { $0.isASCII && $0.isNumber }
        return (phone.drop(while: \.isWhitespace).first == "+" ? "+" : "") + digits
    }
}

