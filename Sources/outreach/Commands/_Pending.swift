import ArgumentParser
struct ExportGroup: ParsableCommand { static let configuration = CommandConfiguration(commandName: "export") }
struct Demo: ParsableCommand {}
