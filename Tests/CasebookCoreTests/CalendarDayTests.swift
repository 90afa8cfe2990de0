import CasebookCore
import Testing

@Suite("CalendarDay")
struct CalendarDayTests {
    @Test(arguments: [
        ("2026-03-01", 2026, 3, 1),
        ("2024-02-29", 2024, 2, 29),
        ("2000-02-29", 2000, 2, 29),
        ("1999-12-31", 1999, 12, 31),
        ("0001-01-01", 1, 1, 1),
        ("2026-04-30", 2026, 4, 30),
    ])
    func parsesValidDays(text: String, year: Int, month: Int, day: Int) {
        #expect(CalendarDay(iso: text) == CalendarDay(year: year, month: month, day: day))
        #expect(CalendarDay(iso: text)?.iso == text)
    }

    @Test(arguments: [
        "", "2026", "2026-03", "2026-3-1", "2026-03-1", "26-03-01", "02026-03-01",
        "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32", "2026-04-31", "2026-02-29", "2023-02-29",
        "1900-02-29", "2026/03/01", "2026-03-01 ", " 2026-03-01", "2026-03-01T00:00:00", "+026-03-01",
        "-2026-03-01", "2026--3-01", "２０２６-03-01", "2026-0a-01", "soon",
    ])
    func rejectsInvalidDays(text: String) {
        #expect(CalendarDay(iso: text) == nil)
    }

    @Test(arguments: [
        (CalendarDay(year: 2026, month: 3, day: 1), "2026-03-01"),
        (CalendarDay(year: 2025, month: 12, day: 25), "2025-12-25"),
        (CalendarDay(year: 2024, month: 1, day: 9), "2024-01-09"),
        (CalendarDay(year: 987, month: 7, day: 4), "0987-07-04"),
    ])
    func iso(day: CalendarDay, iso: String) {
        #expect(day.iso == iso)
        #expect(day.description == iso)
    }

    @Test(arguments: [
        (0, "1970-01-01"),
        (86_399, "1970-01-01"),
        (86_400, "1970-01-02"),
        (951_782_400, "2000-02-29"),
        (951_868_799, "2000-02-29"),
        (951_868_800, "2000-03-01"),
        (1_772_323_200, "2026-03-01"),
        (2_147_472_000, "2038-01-19"),
        (4_102_444_800, "2100-01-01"),
        (-1, "1969-12-31"),
        (-86_400, "1969-12-31"),
        (-86_401, "1969-12-30"),
        (-2_203_891_200, "1900-03-01"),
    ])
    func fromSecondsSince1970(seconds: Int, expected: String) {
        #expect(CalendarDay(secondsSince1970: seconds).iso == expected)
    }

    @Test func ordering() {
        let days = ["2026-03-01", "2025-12-31", "2026-02-28", "2026-03-02"].compactMap(CalendarDay.init(iso:))
        #expect(days.sorted().map(\.iso) == ["2025-12-31", "2026-02-28", "2026-03-01", "2026-03-02"])
        #expect(CalendarDay(year: 2026, month: 1, day: 31) < CalendarDay(year: 2026, month: 2, day: 1))
        #expect(!(CalendarDay(year: 2026, month: 2, day: 1) < CalendarDay(year: 2026, month: 2, day: 1)))
    }
}
