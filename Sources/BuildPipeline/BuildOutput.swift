import Foundation
import SiteBuilder

/// The sink a build renders into, as its `OutputDestination` asks, until it is committed.
enum BuildOutput {
    case memory(MemorySink)
    /// A staging folder, to be moved into place of `folder`.
    case folder(StagingFolder, URL)
    case nowhere(DiscardingSink)

    var sink: OutputSink {
        switch self {
        case .memory(let sink): sink
        case .folder(let staging, _): staging
        case .nowhere(let sink): sink
        }
    }
}
