import LeakProperties

#if CASEBOOK_LIBFUZZER
/// One input (built with `-sanitize=fuzzer`, see `scripts/fuzz`): a broken invariant stops the
/// run, and libFuzzer keeps the input that broke it.
@_cdecl("LLVMFuzzerTestOneInput")
public func casebookFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    if let failure = PageFuzzTarget.check(Array(UnsafeBufferPointer(start: data, count: size))) {
        fatalError(failure)
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM makes an executable's `main` an alias of `<module>_main`; it hands the command line
/// to libFuzzer's driver.
@_cdecl("casebook_fuzz_main")
public func casebookFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, casebookFuzzOneInput)
}
#else
import Foundation

/// Without libFuzzer: a generator-driven loop over seeded random inputs for a given time,
/// `casebook-fuzz [seconds] [first seed]`, printing executions and failures.
@main
struct FuzzLoop {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst().compactMap { UInt64($0) }
        let seconds = Double(arguments.first ?? 60)
        var seed = arguments.dropFirst().first ?? 1
        let deadline = Date().addingTimeInterval(seconds)
        var executions = 0, failures = 0
        while Date() < deadline {
            var choices = SeededChoices(seed: seed)
            let input = (0..<(16 + choices.next(2048))).map { _ in UInt8(choices.next(256)) }
            if let failure = PageFuzzTarget.check(input) {
                failures += 1
                print("seed \(seed):\n\(failure)\n")
            }
            executions += 1
            seed += 1
        }
        print("\(executions) executions, \(failures) failures, seeds up to \(seed - 1)")
        if failures > 0 { exit(1) }
    }
}
#endif
