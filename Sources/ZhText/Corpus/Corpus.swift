/// Documents read from files, folders or standard input, with everything that went wrong.
public struct Corpus: Sendable {
    /// The documents that could be read, in the order their paths were given.
    public var documents: [Document]
    /// Warnings and errors for all inputs, in input order.
    public var diagnostics: [Diagnostic]

    /// Whether some input could not be read at all.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Reads every file named by `paths` (files, folders, `-`), using both cores and more.
    ///
    /// A file that cannot be read becomes an error diagnostic; the others are still read.
    public static func read(_ paths: [String], options: DocumentReader.Options = .init()) async -> Corpus {
        let (items, listing) = InputFiles.expand(paths)
        let reader = DocumentReader(options: options)
        var results = [Result<Document, InputError>?](repeating: nil, count: items.count)
        await withTaskGroup(of: (Int, Result<Document, InputError>).self) { group in
            var next = 0
            let width = max(1, ProcessorCount.active)
            func submit() {
                let index = next
                let item = items[index]
                group.addTask {
                    do throws(InputError) {
                        let bytes = try InputFiles.bytes(of: item)
                        return (index, .success(try reader.read(bytes: bytes, source: item.name)))
                    } catch {
                        return (index, .failure(error))
                    }
                }
                next += 1
            }
            while next < items.count, next < width { submit() }
            for await (index, result) in group {
                results[index] = result
                if next < items.count { submit() }
            }
        }
        var documents: [Document] = []
        var diagnostics = listing
        for result in results {
            switch result {
            case .success(let document)?:
                documents.append(document)
                diagnostics += document.diagnostics
            case .failure(let error)?:
                diagnostics.append(error.diagnostic)
            case nil:
                break
            }
        }
        return Corpus(documents: documents, diagnostics: diagnostics)
    }
}
