#if canImport(Glibc)
import Glibc
#endif

/// Work on several threads whose results come out in the order of the work: `extract --jobs N`.
///
/// `jobs` threads (the calling one among them) each take the next item from `next` (called under a lock of its
/// own, so it may read a file or a pipe), run `work` on it, and leave the result in a slot. Whichever thread
/// leaves the result that is next in order hands it to `emit`, followed by any results after it that are already
/// waiting, so results come out strictly in the order the items were taken, each whole and one at a time, and
/// no thread sleeps and wakes for each result. Threads run at most `window` items ahead of the last result
/// emitted, which bounds the memory results hold. With one job everything runs on the calling thread.
///
/// A result too large to hold (the JSON of an article of ten million paragraphs) is written while it is made
/// instead: its work calls `Turn.take()`, which waits until every earlier result has been emitted and keeps the
/// others from emitting until this work's own result (then empty) is left.
enum InOrder {
    /// Lets one piece of work write its output itself, in its turn.
    final class Turn: @unchecked Sendable {
        fileprivate let wait: () -> Bool
        private var asked = false
        /// Whether this work holds the output (it took its turn, and the output was not given up).
        private(set) var held = false

        fileprivate init(wait: @escaping () -> Bool) { self.wait = wait }

        /// Waits until every earlier result is out; the output is then this work's until it returns. False when
        /// the output was given up (a closed pipe): nothing should be written.
        func take() -> Bool {
            if !asked {
                asked = true
                held = wait()
            }
            return held
        }
    }

    /// Runs every item through `work` and `emit`; stops early (returning false) when `emit` returns false.
    @discardableResult
    static func run<Item, Output>(jobs: Int, next: @escaping () -> Item?,
                                  work: @escaping @Sendable (_ index: Int, Item, Turn) -> Output,
                                  emit: @escaping (Output) -> Bool) -> Bool {
        if jobs <= 1 {
            var index = 0
            while let item = next() {
                // One job: every earlier result is already out.
                if !emit(work(index, item, Turn(wait: { true }))) { return false }
                index += 1
            }
            return true
        }
        let queue = Queue(window: jobs * 4, jobs: jobs, next: next, work: work, emit: emit)
        var threads: [pthread_t] = []
        for _ in 1..<jobs {
            if let thread = Thread.start({ queue.workLoop() }) { threads.append(thread) }
        }
        queue.workLoop()
        for thread in threads { pthread_join(thread, nil) }
        return queue.complete
    }

    /// The items taken, the results waiting to be emitted, and the locks that guard them.
    private final class Queue<Item, Output>: @unchecked Sendable {
        private let window: Int
        private let next: () -> Item?
        private let work: (Int, Item, Turn) -> Output
        private let emit: (Output) -> Bool
        private var slots: [Output?]
        /// Items taken so far (the index of the next one), results emitted so far.
        private var taken = 0, emitted = 0
        /// Set while a thread is emitting (only one emits at a time); when the caller stopped early.
        private var emitting = false, stopped = false
        /// Guards everything above; never held while working, reading or writing.
        private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        /// Held while calling `next`, which may block: items are taken one at a time, in order.
        private let sourceMutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        /// Guarded by `sourceMutex`: once `next` has said there is no more, it is not asked again (a terminal
        /// would wait for more).
        private var sourceEnded = false
        /// Signalled when results are emitted: threads wait for room in the window.
        private let roomFreed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

        init(window: Int, jobs: Int, next: @escaping () -> Item?, work: @escaping (Int, Item, Turn) -> Output,
             emit: @escaping (Output) -> Bool) {
            self.window = window
            self.next = next
            self.work = work
            self.emit = emit
            // Each thread checks for room before it takes an item, so up to `jobs` more than `window` can be out.
            slots = Array(repeating: nil, count: window + jobs)
            pthread_mutex_init(mutex, nil)
            pthread_mutex_init(sourceMutex, nil)
            pthread_cond_init(roomFreed, nil)
        }

        deinit {
            pthread_cond_destroy(roomFreed)
            pthread_mutex_destroy(sourceMutex)
            pthread_mutex_destroy(mutex)
            roomFreed.deallocate()
            sourceMutex.deallocate()
            mutex.deallocate()
        }

        /// Whether every result was emitted (none refused).
        var complete: Bool { !stopped }

        /// One thread's loop: take an item, work, leave the result (emitting what is in order), until the items
        /// run out.
        func workLoop() {
            while true {
                pthread_mutex_lock(mutex)
                while taken - emitted >= window && !stopped { pthread_cond_wait(roomFreed, mutex) }
                let finished = stopped
                pthread_mutex_unlock(mutex)
                if finished { return }

                pthread_mutex_lock(sourceMutex)
                let item = sourceEnded ? nil : next()
                if item == nil { sourceEnded = true }
                pthread_mutex_lock(mutex)
                let index = taken
                if item != nil { taken += 1 }
                pthread_mutex_unlock(mutex)
                pthread_mutex_unlock(sourceMutex)
                guard let item else { return }

                let turn = Turn(wait: { self.waitForTurn(index) })
                let output = work(index, item, turn)

                pthread_mutex_lock(mutex)
                slots[index % slots.count] = output
                // A work that took its turn holds `emitting`: it emits its own result and those after it.
                if !emitting || turn.held { emitInOrder() }
                pthread_mutex_unlock(mutex)
            }
        }

        /// Waits until result `index` is the next to be emitted and nobody is emitting, then holds `emitting`
        /// (released by `emitInOrder` once the result is left). False when the caller stopped early.
        private func waitForTurn(_ index: Int) -> Bool {
            pthread_mutex_lock(mutex)
            defer { pthread_mutex_unlock(mutex) }
            while (emitted < index || emitting) && !stopped { pthread_cond_wait(roomFreed, mutex) }
            if stopped { return false }
            emitting = true
            return true
        }

        /// Emits the waiting results that are next in order. Called with `mutex` held, which it releases while
        /// each result is emitted; `emitting` keeps other threads from emitting meanwhile.
        private func emitInOrder() {
            emitting = true
            while !stopped, let output = slots[emitted % slots.count] {
                slots[emitted % slots.count] = nil
                emitted += 1
                pthread_mutex_unlock(mutex)
                let accepted = emit(output)
                pthread_mutex_lock(mutex)
                if !accepted { stopped = true }
                pthread_cond_broadcast(roomFreed)
            }
            emitting = false
            // A work waiting for its turn waits for `emitting` to end too.
            pthread_cond_broadcast(roomFreed)
        }
    }

    /// Starting a POSIX thread that runs a closure (Foundation's Thread is not linked into byline).
    private enum Thread {
        private final class Body: @unchecked Sendable {
            let run: () -> Void
            init(_ run: @escaping () -> Void) { self.run = run }
        }

        static func start(_ run: @escaping () -> Void) -> pthread_t? {
            // Allocated rather than `pthread_attr_t()`: Swift credits that initializer to Dispatch's C module, which
            // this file does not import (a file sees only the members of what it imports: Package.swift).
            let attributes = UnsafeMutablePointer<pthread_attr_t>.allocate(capacity: 1)
            pthread_attr_init(attributes)
            defer {
                pthread_attr_destroy(attributes)
                attributes.deallocate()
            }
            // The analysis of a 100 MB article needs more stack than some systems give threads by default.
            pthread_attr_setstacksize(attributes, 16 << 20)
            let body = Unmanaged.passRetained(Body(run)).toOpaque()
            var thread = pthread_t()
            let started = pthread_create(&thread, attributes, { raw in
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
