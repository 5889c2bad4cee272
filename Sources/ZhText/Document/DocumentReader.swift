/// Reads documents: decodes bytes, normalises the text and finds its structure.
///
/// ```swift
/// let reader = DocumentReader(options: .init(simplified: true))
/// let document = try reader.read(bytes: bytes, source: "essays/a.txt")
/// for essay in document.essays { print(essay.title, essay.paragraphs.count) }
/// ```
public struct DocumentReader: Sendable {
    /// How documents are decoded and normalised.
    public struct Options: Sendable, Hashable {
        /// Decode in this encoding instead of detecting one.
        public var encoding: TextEncoding?
        /// Convert Traditional characters to Simplified.
        public var simplified: Bool
        /// Text files, JSON Lines or CSV (see `InputFormat`).
        public var format: InputFormat
        /// Fields for text files, by path (`--metadata`).
        public var metadata: MetadataTable?
        /// Only documents whose fields meet these conditions are read (`--where`).
        public var filter = DocumentFilter()
        /// Fields read as dates (by `--by FIELD:year` and the like): a value that is no date is
        /// a warning naming the document.
        public var dateFields: [String] = []
        /// Where the field names met are noted, if anywhere.
        package var census: FieldCensus?
        /// The lexicon a file too large to read whole is learned with (see `learning(with:)`).
        var learningLexicon: LearningLexicon?

        /// Options; by default the encoding is detected, characters are kept as written, the format follows the file name, and no metadata or filter applies.
        public init(encoding: TextEncoding? = nil, simplified: Bool = false, format: InputFormat = InputFormat(),
                    metadata: MetadataTable? = nil, filter: DocumentFilter = DocumentFilter()) {
            self.encoding = encoding
            self.simplified = simplified
            self.format = format
            self.metadata = metadata
            self.filter = filter
        }
    }

    /// How documents are decoded and normalised.
    public var options: Options

    /// A reader with `options`.
    public init(options: Options = .init()) { self.options = options }

    /// Decodes, normalises and structures `bytes` read from `source` (a path or `-`).
    public func read(bytes: [UInt8], source: String) throws(InputError) -> Document {
        let decoded = try TextDecoder(encoding: options.encoding).decode(bytes, source: source)
        var normalizer = TextNormalizer(simplified: options.simplified)
        return document(from: decoded, source: source, normalizer: &normalizer)
    }

    /// Decodes `bytes` and applies the options' normalisation, without finding structure.
    public func decodedText(_ bytes: [UInt8], source: String) throws(InputError) -> DecodedText {
        var decoded = try TextDecoder(encoding: options.encoding).decode(bytes, source: source)
        if options.simplified {
            var normalizer = TextNormalizer(simplified: true)
            let scalars = normalizer.normalize(Array(decoded.text.unicodeScalars))
            decoded.text = String(String.UnicodeScalarView(scalars))
        }
        return decoded
    }

    /// Structures already decoded text.
    public func read(text: String, source: String) -> Document {
        var normalizer = TextNormalizer(simplified: options.simplified)
        let decoded = DecodedText(text: text, encoding: .utf8, diagnostics: [])
        return document(from: decoded, source: source, normalizer: &normalizer)
    }

    func document(from decoded: DecodedText, source: String, normalizer: inout TextNormalizer) -> Document {
        let original = Array(decoded.text.unicodeScalars)
        let (normalized, origins) = normalizer.normalizeWithOrigins(original)
        let structure = DocumentStructure(scalars: normalized, source: source)
        var diagnostics = decoded.diagnostics + structure.diagnostics
        if original.isEmpty {
            diagnostics.append(Diagnostic(.warning, source: source, message: "file is empty"))
        }
        return Document(
            source: source, encoding: decoded.encoding, essays: structure.essays, markers: structure.markers,
            diagnostics: diagnostics, originalScalars: original, scalars: normalized, origins: origins)
    }
}
