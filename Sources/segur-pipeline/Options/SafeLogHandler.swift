import Ingest
import Logging

/// swift-log's stderr handler, with every message and metadata value made safe to show first
/// (``DisplaySafe``): a file name holding a newline or an escape sequence cannot forge a log line
/// or drive the terminal.
struct SafeLogHandler: LogHandler {
    var inner: StreamLogHandler

    var metadataProvider: Logger.MetadataProvider? {
        get { inner.metadataProvider }
        set { inner.metadataProvider = newValue }
    }

    var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    func log(event: LogEvent) {
        var event = event
        event.message = Logger.Message(stringLiteral: DisplaySafe.text(event.message.description))
        event.metadata = event.metadata?.mapValues(Self.safe)
        inner.log(event: event)
    }

    static func safe(_ value: Logger.Metadata.Value) -> Logger.Metadata.Value {
        switch value {
        case .string(let s): .string(DisplaySafe.text(s))
        case .stringConvertible(let c): .string(DisplaySafe.text(c.description))
        case .array(let values): .array(values.map(safe))
        case .dictionary(let values): .dictionary(values.mapValues(safe))
        }
    }
}
