import Dispatch
import Foundation

/// Removes the live temporaries when SIGINT, SIGTERM or SIGHUP ends the process, then lets the signal end it
/// as it would have (the same exit status for the shell). Installed before the first temporary is created.
enum SignalCleanup {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var files: [Int: [String]] = [:]
    nonisolated(unsafe) private static var next = 0
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []
    nonisolated(unsafe) private static var installed = false
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Takes the signals over, once per process; called before a temporary is created, so none can end the
    /// process between the file's creation and its registration but in the few instructions between the two.
    static func prepare() {
        lock.withLock {
            if !installed { install() }
        }
    }

    /// Remembers `paths` to remove on a signal; returns the key to forget them with.
    static func register(_ paths: [String]) -> Int {
        lock.withLock {
            next += 1
            files[next] = paths
            return next
        }
    }

    static func unregister(_ key: Int) {
        _ = lock.withLock { files.removeValue(forKey: key) }
    }

    /// Runs `body` (the rename into place) and forgets `key` without a signal's cleanup in between: a
    /// signal then ends the process before `body` or after the file is in place, never removing it halfway.
    static func finishing<T>(_ key: Int, _ body: () throws -> T) rethrows -> T {
        try lock.withLock {
            defer { files.removeValue(forKey: key) }
            return try body()
        }
    }

    /// Signals are taken from their default action and handled on a dispatch queue, outside the signal
    /// handler, where removing files and taking the lock are safe.
    private static func install() {
        installed = true
        // A parent that runs us from a thread blocking these signals (any libdispatch worker does) hands them on
        // blocked, so a signal sent before now waits as pending; setting SIG_IGN below would discard it and the
        // run would go on as if never signalled. Blocked here, a signal stays pending until the sources read
        // it; one already pending ends the process now, by its default action, before any temporary exists.
        var ours = sigset_t()
        sigemptyset(&ours)
        for number in signals { sigaddset(&ours, number) }
        pthread_sigmask(SIG_BLOCK, &ours, nil)
        var pending = sigset_t()
        sigpending(&pending)
        for number in signals where sigismember(&pending, number) == 1 {
            signal(number, SIG_DFL)
            pthread_sigmask(SIG_UNBLOCK, &ours, nil)
            raise(number)
            _exit(128 + number)
        }
        for number in signals {
            // A signal the parent told us to ignore (nohup) stays ignored.
            let previous = signal(number, SIG_IGN)
            guard unsafeBitCast(previous, to: Int.self) != unsafeBitCast(SIG_IGN, to: Int.self) else { continue }
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                // Never released: the process ends here, and no rename may start meanwhile.
                lock.lock()
                for paths in files.values { for path in paths { unlink(path) } }
                // libdispatch blocks the signal to read it; unblocked on this thread, the default action ends
                // the process by the signal, as the shell expects.
                signal(number, SIG_DFL)
                var set = sigset_t()
                sigemptyset(&set)
                sigaddset(&set, number)
                pthread_sigmask(SIG_UNBLOCK, &set, nil)
                raise(number)
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
