import Foundation
import PackagePlugin

/// Embeds a target's word lists and rules at build time: every `.txt` file in the target's
/// `Data/` folder becomes a string in the generated `EmbeddedData.swift`, so the lists stay
/// files a linguist can read and diff while the binary stays one file.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let folder = target.directoryURL.appending(path: "Data")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let files = names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) data files of \(target.name)",
                executable: try context.tool(named: "EmbedDataTool").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
