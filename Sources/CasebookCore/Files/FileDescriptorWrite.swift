import Foundation

/// Writing to an open file with plain POSIX calls, for writers that make many files or
/// must know exactly what they created.
public enum FileDescriptorWrite {
    /// Writes every byte, retrying short writes; the `errno` of a failed write, or `nil`.
    public static func all(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard result > 0 else { return result < 0 ? errno : EIO }
            written += result
        }
        return nil
    }

    /// The system's words for an `errno` value ("Permission denied").
    public static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
