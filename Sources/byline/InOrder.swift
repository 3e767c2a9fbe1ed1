#if canImport(Glibc)
import Glibc
#endif

/// Work on several threads whose results come out in the order of the work: `extract --jobs N`.
///
/// `jobs` threads each take the next item from `next` (called under a lock, so it may read a file or a pipe),
/// run `work` on it, and leave the result in a slot; the calling thread hands the results to `emit` strictly
/// in the order the items were taken, each whole, so output written by `emit` never interleaves. Threads run
/// at most `window` items ahead of the last result emitted, which bounds the memory held by results.
/// With one job everything runs on the calling thread, one item after another.
enum InOrder {
    /// Runs every item through `work` and `emit`; stops early (returning false) when `emit` returns false.
    @discardableResult
    static func run<Item, Output>(jobs: Int, next: @escaping () -> Item?,
                                  work: @escaping @Sendable (_ index: Int, Item) -> Output,
                                  emit: (Output) -> Bool) -> Bool {
        if jobs <= 1 {
            var index = 0
            while let item = next() {
                if !emit(work(index, item)) { return false }
                index += 1
            }
            return true
        }
        let queue = Queue<Item, Output>(window: jobs * 4, jobs: jobs, next: next)
        var threads: [pthread_t] = []
        for _ in 0..<jobs {
            if let thread = Thread.start({ queue.workLoop(work) }) { threads.append(thread) }
        }
        if threads.isEmpty {
            // No thread could be started (a limit on processes): do the work here.
            queue.stop()
            return run(jobs: 1, next: next, work: work, emit: emit)
        }
        var complete = true
        while let output = queue.nextResult() {
            if !emit(output) {
                complete = false
                queue.stop()
                break
            }
        }
        for thread in threads { pthread_join(thread, nil) }
        return complete
    }

    /// The items taken, the results not yet emitted, and the locks and conditions that guard them.
    private final class Queue<Item, Output>: @unchecked Sendable {
        private let window: Int
        private let next: () -> Item?
        private var slots: [Output?]
        /// Items taken so far (the index of the next one), results emitted so far.
        private var taken = 0, emitted = 0
        /// Set when `next` ran out, or when the caller stopped early.
        private var exhausted = false, stopped = false
        /// Guards everything above; held only for moments, never while reading or working, so that results
        /// are emitted while a thread waits in `next` for more input (a pipe that fills slowly).
        private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        /// Held while calling `next`, which may block: items are taken one at a time, in order.
        private var sourceEnded = false
        private let sourceMutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        /// Signalled when a result arrives (the caller waits) and when one is emitted (threads wait for room).
        private let resultReady = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        private let roomFreed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

        init(window: Int, jobs: Int, next: @escaping () -> Item?) {
            self.window = window
            self.next = next
            // Each thread checks for room before it takes an item, so up to `jobs` more than `window` can be out.
            slots = Array(repeating: nil, count: window + jobs)
            pthread_mutex_init(mutex, nil)
            pthread_mutex_init(sourceMutex, nil)
            pthread_cond_init(resultReady, nil)
            pthread_cond_init(roomFreed, nil)
        }

        deinit {
            pthread_cond_destroy(roomFreed)
            pthread_cond_destroy(resultReady)
            pthread_mutex_destroy(sourceMutex)
            pthread_mutex_destroy(mutex)
            for pointer in [roomFreed, resultReady] { pointer.deallocate() }
            for pointer in [sourceMutex, mutex] { pointer.deallocate() }
        }

        /// One thread's loop: take an item, work, leave the result, until the items run out.
        func workLoop(_ work: (Int, Item) -> Output) {
            while true {
                pthread_mutex_lock(mutex)
                while taken - emitted >= window && !stopped { pthread_cond_wait(roomFreed, mutex) }
                let finished = stopped || exhausted
                pthread_mutex_unlock(mutex)
                if finished { return }

                pthread_mutex_lock(sourceMutex)
                // Once `next` has said there is no more, it is not asked again (a terminal would wait for more).
                let item = sourceEnded ? nil : next()
                if item == nil { sourceEnded = true }
                pthread_mutex_lock(mutex)
                let index = taken
                if item != nil {
                    taken += 1
                } else {
                    exhausted = true
                    pthread_cond_broadcast(resultReady)
                }
                pthread_mutex_unlock(mutex)
                pthread_mutex_unlock(sourceMutex)
                guard let item else { return }

                let output = work(index, item)

                pthread_mutex_lock(mutex)
                slots[index % slots.count] = output
                pthread_cond_broadcast(resultReady)
                pthread_mutex_unlock(mutex)
            }
        }

        /// The next result in order, waiting for it; nil when every item's result has been returned.
        func nextResult() -> Output? {
            pthread_mutex_lock(mutex)
            defer { pthread_mutex_unlock(mutex) }
            while true {
                if emitted < taken, let output = slots[emitted % slots.count] {
                    slots[emitted % slots.count] = nil
                    emitted += 1
                    pthread_cond_broadcast(roomFreed)
                    return output
                }
                if exhausted && emitted == taken { return nil }
                pthread_cond_wait(resultReady, mutex)
            }
        }

        /// Makes every thread finish after its current item.
        func stop() {
            pthread_mutex_lock(mutex)
            stopped = true
            pthread_cond_broadcast(roomFreed)
            pthread_mutex_unlock(mutex)
        }
    }

    /// Starting a POSIX thread that runs a closure (Foundation's Thread is not linked into byline).
    private enum Thread {
        private final class Body: @unchecked Sendable {
            let run: () -> Void
            init(_ run: @escaping () -> Void) { self.run = run }
        }

        static func start(_ run: @escaping () -> Void) -> pthread_t? {
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            // The analysis of a 100 MB article needs more stack than some systems give threads by default.
            pthread_attr_setstacksize(&attributes, 16 << 20)
            let body = Unmanaged.passRetained(Body(run)).toOpaque()
            var thread = pthread_t()
            let started = pthread_create(&thread, &attributes, { raw in
                Unmanaged<Body>.fromOpaque(raw!).takeRetainedValue().run()
                return nil
            }, body)
            if started != 0 {
                Unmanaged<Body>.fromOpaque(body).release()
                return nil
            }
            return thread
        }
    }
}
