import Foundation

/// What stands at a path, as reading it would find it (symbolic links followed).
public enum FileKind: Equatable, Sendable {
    case missing
    case file
    case folder
    /// A device, a named pipe or a socket: nothing Casebook reads.
    case other
    /// There is something, but it cannot be read; with the system's reason ("Permission denied").
    case unreadable(String)

    public init(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            self = errno == ENOENT ? .missing : .unreadable(FileDescriptorWrite.reason(errno))
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            self = access(path, R_OK) == 0 ? .file : .unreadable(FileDescriptorWrite.reason(errno))
        case S_IFDIR:
            self = access(path, R_OK | X_OK) == 0 ? .folder : .unreadable(FileDescriptorWrite.reason(errno))
        default:
            self = .other
        }
    }
}
