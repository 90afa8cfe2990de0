import Foundation
@testable import SiteBuilder
import Testing

@Suite("Search words") struct SearchTextTests {
    struct Cases: Decodable {
        var stems: [String: String]
        var terms: [String: [String]]
    }

    /// The shared cases of each language (`en`, `es`).
    static let cases: [String: Cases] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/search-stems.json")
        let object = try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        var cases: [String: Cases] = [:]
        for (language, value) in object where language != "about" {
            let data = try! JSONSerialization.data(withJSONObject: value)
            cases[language] = try! JSONDecoder().decode(Cases.self, from: data)
        }
        return cases
    }()

    static let english = SearchWords(language: .english)
    static let spanish = SearchWords(language: SearchLanguage(code: "es"))

    @Test(arguments: ["en", "es"]) func snowballStemsTheSharedCases(language: String) throws {
        let words = SearchWords(language: SearchLanguage(code: language))
        let cases = try #require(Self.cases[language])
        for (word, stem) in cases.stems.sorted(by: { $0.key < $1.key }) {
            #expect(words.terms(word) == [stem], "\(language): \(word)")
        }
    }

    @Test(arguments: ["en", "es"]) func termsDropShortTokensAndStopWords(language: String) throws {
        let words = SearchWords(language: SearchLanguage(code: language))
        for (text, terms) in try #require(Self.cases[language]).terms {
            #expect(words.terms(text) == terms, "\(language): \(text)")
        }
    }

    @Test func aSingularAndItsPluralAreOneTermThroughLibstemmer() {
        #expect(Self.spanish.terms("reembolso") == Self.spanish.terms("reembolsos"))
        #expect(Self.spanish.terms("reembolsos") == ["reembols"])
        #expect(Self.english.terms("refund refunds refunded") == ["refund", "refund", "refund"])
        // The stemmer in libstemmer itself, one word at a time.
        let stemmer = try! #require(SnowballStemmer(algorithm: "spanish"))
        #expect(Array("reembolsos".utf8).withUnsafeBufferPointer { stemmer.stem($0) } == "reembols")
    }

    @Test func languagesMapToSnowballAlgorithms() {
        #expect(SearchLanguage(code: "es").algorithm == "spanish")
        #expect(SearchLanguage(code: "pt-BR").algorithm == "portuguese")
        #expect(SearchLanguage(code: "de").algorithm == "german")
        // A language Snowball lacks is searched without stemming, stop words or number words.
        let welsh = SearchWords(language: SearchLanguage(code: "cy"))
        #expect(welsh.terms("Ad-daliadau a'r cerdyn") == ["ad", "daliadau", "cerdyn"])
        #expect(SnowballStemmer(algorithm: "klingon") == nil)
    }

    @Test func formsAreTheWordsWhoseTermDiffers() {
        #expect(Self.english.forms("Fee fees, ten waived") == ["fees": "fee", "ten": "10", "waived": "waiv"])
        #expect(Self.spanish.forms("reembolso reembolsos el") == ["reembolso": "reembols", "reembolsos": "reembols"])
    }

    @Test func tokensAreUnicodeLettersAndDigits() {
        #expect(SearchText.tokens("Ünïcode—ßtraße 3½ x_y naïve") == ["ünïcode", "ßtraße", "3½", "naïve"])
    }

    @Test func singleDigitsAndAmountsAreTokens() {
        #expect(SearchText.tokens("5 days, $5 or $2,500; a b") == ["5", "days", "5", "or", "2500"])
        // A comma groups thousands only between a digit and exactly three digits.
        #expect(SearchText.tokens("1,000,000 1,0000 1,00 a,500 1,500th ,500") == ["1000000", "1", "0000", "1", "00", "500", "1500th", "500"])
        // The same on the path for text with other than ASCII characters.
        #expect(SearchText.tokens("é 1,000,000 1,0000 1,00 a,500 1,500th ,500 ٣") == ["1000000", "1", "0000", "1", "00", "500", "1500th", "500"])
    }

    @Test func numberWordsMeetTheirDigits() {
        #expect(Self.english.terms("ten business days") == Self.english.terms("10 business days"))
        #expect(Self.english.terms("the third exception") == ["3rd", "except"])
        #expect(Self.english.terms("Twelve months, twenty-one") == ["12", "month", "20", "1"])
        #expect(Self.spanish.terms("diez días, una o uno, cien") == ["10", "dias", "1", "1", "100"])
        // Each language has its own: "diez" is no number in English.
        #expect(Self.english.terms("diez") == ["diez"])
    }

    @Test func shardKeysFollowTheSplitList() {
        let split: Set<String> = ["w", "wa"]
        #expect(ShardPlan.key(of: "fee", split: split) == "f")
        #expect(ShardPlan.key(of: "wo", split: split) == "wo")
        #expect(ShardPlan.key(of: "wa", split: split) == "wa")
        #expect(ShardPlan.key(of: "waiv", split: split) == "wai")
        #expect(ShardPlan.key(of: "waiver", split: split) == "wai")
        #expect(SearchFiles.hex("wai") == "776169")
        #expect(SearchFiles.hex("é") == "c3a9")
    }

    @Test func weightsSaturate() {
        #expect(SearchIndex.quantize(1) == 3)
        #expect(SearchIndex.quantize(10) == 17)
        #expect(SearchIndex.quantize(1_000) == 31)
    }

    @Test func excerptsStopAtAWordBoundary() {
        let long = String(repeating: "refund ", count: 400)
        let excerpt = SearchDocument.excerpt(["Title", long])
        #expect(excerpt.count <= SearchDocument.textLimit)
        #expect(excerpt.hasPrefix("Title refund"))
        #expect(excerpt.hasSuffix("refund"))
    }
}
