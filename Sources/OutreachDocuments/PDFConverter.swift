import Foundation
import OutreachCore

/// Prints a `.docx` to PDF with LibreOffice, headless, with a private profile per call (so two conversions
/// at once, or a user's open LibreOffice, never share one) and a time-out.
public enum PDFConverter {
    /// The LibreOffice program, if one is installed: `$OUTREACH_SOFFICE`, else `soffice` on the PATH.
    public static func soffice() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let given = environment["OUTREACH_SOFFICE"], !given.isEmpty {
            return FileManager.default.isExecutableFile(atPath: given) ? given : nil
        }
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/soffice"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Writes `PATH.pdf` beside `docx` and returns its path.
    @discardableResult
    public static func convert(_ docx: String, timeout: TimeInterval = 120) throws(OutreachError) -> String {
        guard let soffice = soffice() else {
            throw .file(path: docx, reason: LocalizedText { $0.pdfNeedsLibreOfficeSofficeInstall })
        }
        let source = URL(fileURLWithPath: docx).standardizedFileURL
        let folder = source.deletingLastPathComponent()
        let pdf = source.deletingPathExtension().appendingPathExtension("pdf")
        let files = FileManager.default
        let work = files.temporaryDirectory.appendingPathComponent("outreach-pdf-\(UUID().uuidString)")
        defer { try? files.removeItem(at: work) }
        let output = work.appendingPathComponent("out")
        do {
            try files.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            throw .file(path: work.path, reason: LocalizedText { $0.cannotCreateATemporaryFolder })
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = [
            "-env:UserInstallation=file://\(work.appendingPathComponent("profile").path)", "--headless", "--norestore",
            "--convert-to", "pdf:writer_pdf_Export", "--outdir", output.path, source.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do {
            try process.run()
        } catch {
            throw .file(path: soffice, reason: LocalizedText { $0.cannotRunLibreOfficeError(error) })
        }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = done.wait(timeout: .now() + 5)
            throw .file(path: docx, reason: LocalizedText { $0.libreOfficeDidNotFinishThe(Int(timeout)) })
        }
        let produced = output.appendingPathComponent(pdf.lastPathComponent)
        guard process.terminationStatus == 0, files.fileExists(atPath: produced.path) else {
            throw .file(path: docx, reason: LocalizedText { $0.libreOfficeCouldNotPrintIt(process.terminationStatus) })
        }
        // Into place whole: copied beside the destination under a hidden name, then renamed.
        let temporary = folder.appendingPathComponent(".\(pdf.lastPathComponent).tmp-\(UUID().uuidString).pdf")
        do {
            try files.copyItem(at: produced, to: temporary)
        } catch {
            throw .file(path: pdf.path, reason: LocalizedText { $0.cannotWriteThePDF })
        }
        if rename(temporary.path, pdf.path) != 0 {
            try? files.removeItem(at: temporary)
            throw .file(path: pdf.path, reason: LocalizedText { $0.cannotWriteThePDF })
        }
        return pdf.path
    }
}
