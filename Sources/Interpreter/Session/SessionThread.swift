import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A thread with a large stack that runs a session's jobs one at a time.
final class SessionThread: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [() -> Void] = []
    private var stopping = false
    private var started = false
    /// Set by the thread as it ends; jobs given after that run on the caller.
    private var exited = false
    private var threadID = pthread_t()
    /// The lowest address the thread's stack may safely reach.
    private(set) var stackLimit: UInt = 0
    let stackBytes: Int

    init(stackBytes: Int) {
        self.stackBytes = max(16 << 20, stackBytes)
    }

    /// Whether the calling thread is this thread.
    var isCurrent: Bool {
        started && pthread_equal(pthread_self(), threadID) != 0
    }

    private func startIfNeeded() {
        if started { return }
        started = true
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, stackBytes)
        let context = Unmanaged.passRetained(self).toOpaque()
        let result = pthread_create(
            &threadID, &attributes,
            { raw in
                guard let raw = raw else { return nil }
                let thread = Unmanaged<SessionThread>.fromOpaque(raw).takeRetainedValue()
                thread.loop()
                return nil
            }, context)
        pthread_attr_destroy(&attributes)
        if result != 0 {
            started = false
            Unmanaged<SessionThread>.fromOpaque(context).release()
        } else {
            // Nobody joins the thread: detached, its stack and thread-local blocks are returned
            // when it ends (a joinable thread that is never joined keeps them for good).
            pthread_detach(threadID)
        }
    }

    private func loop() {
        var marker: UInt8 = 0
        let top = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        // Leave a generous margin for frames below the last check (debug builds are big).
        let margin = UInt(min(stackBytes / 8, 32 << 20))
        stackLimit = top - UInt(stackBytes) + margin
        while true {
            condition.lock()
            while jobs.isEmpty && !stopping {
                condition.wait()
            }
            if jobs.isEmpty && stopping {
                exited = true
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }

    /// Runs `body` on this thread and waits for it (inline when already on it).
    func run<T>(_ body: @escaping () -> T) -> T {
        if isCurrent { return body() }
        condition.lock()
        startIfNeeded()
        // No thread could be made, or it has ended after `stop()`: nothing else can touch the
        // session's state any more, so run here rather than wait for a thread that is gone.
        if !started || exited {
            condition.unlock()
            return body()
        }
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox<T>()
        jobs.append {
            box.value = body()
            done.signal()
        }
        condition.signal()
        condition.unlock()
        done.wait()
        guard let value = box.value else { return body() }
        return value
    }

    /// Stops the thread after the queued jobs.
    func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
    }
}

/// Carries a job's result back to the waiting thread.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
