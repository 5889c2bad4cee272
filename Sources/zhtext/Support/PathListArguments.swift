import Foundation
import ZhText

/// `--paths-from FILE` anywhere on the command line stands for the paths FILE lists, in its
/// place: one per line, or NUL-separated when FILE holds a NUL byte (paths may then contain
/// line breaks). `-` reads the list from standard input. It lets a caller (the Spark driver)
/// pass more inputs than the system's limit on the length of a command line allows
/// ("Argument list too long"). The paths keep their bytes (see `PathBytes`).
enum PathListArguments {
    static let option = "--paths-from"

    /// A list that cannot be read: one line for the user.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `arguments` with every `--paths-from FILE` (or `--paths-from=FILE`) replaced by FILE's paths.
    static func expand(_ arguments: [String]) throws(Failure) -> [String] {
        guard arguments.contains(where: { $0 == option || $0.hasPrefix(option + "=") }) else { return arguments }
        var expanded: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                expanded += arguments[index...]
                break
            }
            let list: String
            if argument == option {
                guard index + 1 < arguments.count else { throw Failure(description: "\(option) needs a file (or - for standard input)") }
                list = arguments[index + 1]
                index += 2
            } else if argument.hasPrefix(option + "=") {
                list = String(argument.dropFirst(option.count + 1))
                index += 1
            } else {
                expanded.append(argument)
                index += 1
                continue
            }
            expanded += try paths(in: list)
        }
        return expanded
    }

    /// The paths listed in the file `list` (or standard input for `-`).
    static func paths(in list: String) throws(Failure) -> [String] {
        let data: Data
        if list == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            let descriptor = open(PathBytes.cString(list), O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw Failure(description: "\(option) \(PathBytes.display(list)): cannot read: \(String(cString: strerror(errno)))")
            }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            do {
                data = try handle.readToEnd() ?? Data()
            } catch {
                throw Failure(description: "\(option) \(PathBytes.display(list)): cannot read: \(error.localizedDescription)")
            }
        }
        let bytes = [UInt8](data)
        let separator: UInt8 = bytes.contains(0) ? 0 : 0x0A
        return bytes.split(separator: separator, omittingEmptySubsequences: true).compactMap { piece in
            var piece = piece
            if separator == 0x0A, piece.last == 0x0D { piece = piece.dropLast() }
            return piece.isEmpty ? nil : PathBytes.string(piece)
        }
    }
}
