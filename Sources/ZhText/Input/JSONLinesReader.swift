import Foundation

/// Reads JSON Lines: one document per line, `{"id": "a-17", "text": "……", "date": "2024-03-05"}`.
///
/// The file streams line by line: only the line being read is held. Each line is parsed with
/// Foundation's `JSONSerialization`. The id may be a string or a number (written as it is,
/// `17`); it becomes the document's name, the `document` column of every table. Every other
/// member becomes a metadata field (`DocumentFields`), in the order the line writes them:
/// strings as they are, numbers and booleans as JSON writes them, null as an empty value,
/// arrays and objects as their JSON text. A line that is not a JSON object, lacks the id or
/// the text, or whose text is not a string is an error diagnostic with the file and line number
/// (`error: part-3.jsonl: line 12: no "text" member (skipped)`); the other lines are still
/// read. Blank lines are skipped silently.
package struct JSONLinesReader: Sendable {
    /// Which members hold the id and the text.
    package var format: InputFormat

    /// A reader of JSON Lines whose id and text are in the members `format` names.
    package init(format: InputFormat = InputFormat(.jsonl)) { self.format = format }

    /// One document of a JSON Lines file.
    package struct Record: Sendable {
        /// Its id, as the document's name.
        package var id: String
        /// Its text member, decoded from JSON.
        package var text: String
        /// Its other members.
        package var fields: DocumentFields
        /// Its line number in the file, from 1.
        package var line: Int
        /// The length of its line in bytes.
        package var bytes: Int
    }

    /// Calls `body` with each good line of `item`, in order, reading it a block at a time;
    /// returns the diagnostics of the bad ones.
    package func forEachRecord(of item: InputFiles.Item, _ body: (Record) -> Void) throws(InputError) -> [Diagnostic] {
        let lines = try LineStream(item: item)
        var diagnostics: [Diagnostic] = []
        while let (line, bytes) = lines.next() {
            if let problem = handle(line, bytes: bytes, number: lines.lineNumber, body) {
                diagnostics.append(Diagnostic(.error, source: item.name, location: "line \(lines.lineNumber)",
                                              message: "\(problem) (skipped)"))
            }
        }
        return diagnostics
    }

    /// Calls `body` with each good line of `bytes` (read from `source`), in order; returns the
    /// diagnostics of the bad ones.
    package func forEachRecord(in bytes: [UInt8], source: String, _ body: (Record) -> Void) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 0
        while start < bytes.count {
            number += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            defer { start = end + 1 }
            var last = end
            if last > start, bytes[last - 1] == 0x0D { last -= 1 }
            if let problem = handle(bytes[start..<last], bytes: end + 1 - start, number: number, body) {
                diagnostics.append(Diagnostic(.error, source: source, location: "line \(number)", message: "\(problem) (skipped)"))
            }
        }
        return diagnostics
    }

    /// Hands a good line to `body`; returns the problem of a bad one (nil for a blank line).
    private func handle(_ line: ArraySlice<UInt8>, bytes: Int, number: Int, _ body: (Record) -> Void) -> String? {
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        switch record(line, line: number, bytes: bytes) {
        case .success(let record):
            body(record)
            return nil
        case .failure(let problem):
            return problem.message
        }
    }

    struct Problem: Error {
        var message: String
    }

    func record(_ line: ArraySlice<UInt8>, line number: Int, bytes: Int) -> Result<Record, Problem> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            return .failure(Problem(message: Self.whyNotJSON(line, error: error)))
        }
        guard let members = object as? [String: Any] else {
            return .failure(Problem(message: "not a JSON object"))
        }
        guard let rawID = members[format.idField], !(rawID is NSNull) else {
            return .failure(Problem(message: "no \"\(format.idField)\" member"))
        }
        guard let id = Self.name(rawID) else {
            return .failure(Problem(message: "\"\(format.idField)\" is neither a string nor a number"))
        }
        guard let rawText = members[format.textField], !(rawText is NSNull) else {
            return .failure(Problem(message: "no \"\(format.textField)\" member"))
        }
        guard let text = rawText as? String else {
            return .failure(Problem(message: "\"\(format.textField)\" is not a string"))
        }
        var fields = DocumentFields()
        let order = JSONMemberOrder.names(line) ?? members.keys.sorted()
        for name in order where name != format.idField && name != format.textField {
            guard let value = members[name] else { continue }
            fields.set(name, Self.fieldText(value))
        }
        return .success(Record(id: id, text: text, fields: fields, line: number, bytes: bytes))
    }

    /// Why a line is not JSON, as plainly as can be said: text in another encoding than UTF-8
    /// (UTF-16, GB18030), or the parser's own reason (nesting too deep, a bad character).
    static func whyNotJSON(_ line: ArraySlice<UInt8>, error: Error) -> String {
        let zeros = line.prefix(256).filter { $0 == 0 }.count
        if line.starts(with: [0xFF, 0xFE]) || line.starts(with: [0xFE, 0xFF]) || zeros > 0 {
            return "not valid JSON: the line looks like UTF-16, and JSON Lines are UTF-8 (convert it first, e.g. iconv -f UTF-16 -t UTF-8)"
        }
        if TextChunk.firstInvalidUTF8(Array(line)) != nil {
            return "not valid JSON: the line is not UTF-8 (GB18030 or Big5?), and JSON Lines are UTF-8 (convert it first, e.g. iconv -f GB18030 -t UTF-8)"
        }
        let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return reason.map { "not valid JSON (\($0))" } ?? "not valid JSON"
    }

    /// A string as it is, an integral number without a fraction (`17`), another number as
    /// JSON writes it; nil for booleans, arrays and objects.
    static func name(_ value: Any) -> String? {
        if let string = value as? String { return string }
        // JSON's true and false come as NSNumbers of C type char.
        guard let number = value as? NSNumber, number.objCType.pointee != CChar(UInt8(ascii: "c")) else { return nil }
        let double = number.doubleValue
        if double.rounded() == double, abs(double) < 1e15 { return String(Int64(double)) }
        return number.stringValue
    }

    /// A member's value as a field: strings and numbers as `name` gives them, booleans as
    /// `true`/`false`, null as empty, arrays and objects as compact JSON with sorted keys.
    static func fieldText(_ value: Any) -> String {
        if value is NSNull { return "" }
        if let number = value as? NSNumber, number.objCType.pointee == CChar(UInt8(ascii: "c")) {
            return number.boolValue ? "true" : "false"
        }
        if let text = name(value) { return text }
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}

extension Corpus {
    /// The index of a document among all documents of a run: its item's index in the high
    /// bits and its number within the item (a JSON Lines line) in the low 32, so that indices
    /// keep the input order and every document of a JSON Lines file has its own.
    public static func documentIndex(item: Int, ordinal: Int) -> Int { item << 32 | ordinal }
}

extension TextChunk {
    /// The documents of a JSON Lines or CSV item as one chunk each, for streaming work such as
    /// segmentation: each record that meets the options' filter, its text (in Simplified
    /// characters with `--simplified`), named by its id, offsets from the start of that text.
    /// A JSON Lines file is read a line at a time, so `body` gets each chunk as it is read.
    ///
    /// - Returns: the diagnostics of bad records.
    package static func forEachRecord(of item: InputFiles.Item, options: DocumentReader.Options,
                                     _ body: (TextChunk) -> Void) throws(InputError) -> [Diagnostic] {
        let reader = DocumentReader(options: options)
        return try reader.forEachRecord(of: item) { record in
            var text = Array(record.text.utf8)
            if options.simplified, let decoded = try? reader.decodedText(text, source: record.id) { text = Array(decoded.text.utf8) }
            body(TextChunk(bytes: text, offset: 0, source: record.id, isDecoded: true))
        }
    }
}
