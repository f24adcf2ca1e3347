#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the interpreter on a thread with a large stack of known size, so that the depth
/// limits (`Interpreter.maximumEvaluationDepth`) are diagnostics whatever the mix of nesting
/// and calls, and whatever stack the caller's thread has (the main thread's is often 8 MB;
/// a debug build spends about 10 KB of stack on each nested evaluation).
package enum LargeStack {
  /// Reserved, not used: the system gives the pages only as the stack reaches them.
  package static let bytes = 512 << 20

  /// `body`, on a thread with a stack of `bytes`, or here when this thread already has one.
  package static func run<Result>(_ body: () -> Result) -> Result {
    if isOnLargeStack { return body() }
    return withoutActuallyEscaping(body) { body in
      let job = Job(body)
      guard spawnAndWait(job) else { return body() }
      return job.result!
    }
  }

  /// Runs `body(0)`, `body(1)`, … `body(parts - 1)` at once, each on a thread of its own with
  /// a large stack, and returns when all have finished: for work that splits into parts that
  /// share nothing they change (a data table's rows). A part that gets no thread runs on this
  /// one, after the others have started.
  package static func parallel(_ parts: Int, _ body: (Int) -> Void) {
    guard parts > 1 else {
      if parts == 1 { run { body(0) } }
      return
    }
    withoutActuallyEscaping(body) { body in
      var started: [pthread_t] = []
      var leftOver: [Int] = []
      // Allocated rather than `pthread_attr_t()`: the C type's zero initializer is the
      // Dispatch overlay's (CDispatch), a module mplan does not import.
      let attributes = UnsafeMutablePointer<pthread_attr_t>.allocate(capacity: 1)
      defer { attributes.deallocate() }
      pthread_attr_init(attributes)
      defer { pthread_attr_destroy(attributes) }
      let sized = pthread_attr_setstacksize(attributes, bytes) == 0
      for part in 0..<parts {
        let box = RunnableBox(Job { body(part) })
        let context = Unmanaged.passRetained(box).toOpaque()
        if sized, let thread = startThread(attributes, context) {
          started.append(thread)
        } else {
          Unmanaged<RunnableBox>.fromOpaque(context).release()
          leftOver.append(part)
        }
      }
      for part in leftOver { run { body(part) } }
      for thread in started { pthread_join(thread, nil) }
    }
  }

  /// `body` for each of `parts` contiguous runs of `0..<count`, worked out at once (see
  /// `parallel`), the results in the order of the runs.
  package static func inRuns<Result>(_ count: Int, parts: Int, _ body: (Range<Int>) -> Result) -> [Result] {
    let parts = max(1, min(parts, count))
    let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: parts)
    results.initialize(repeating: nil)
    defer {
      results.deinitialize()
      results.deallocate()
    }
    parallel(parts) { part in results[part] = body((count * part / parts)..<(count * (part + 1) / parts)) }
    return results.map { $0! }
  }

  /// The processors this process may run on, for `parallel`.
  package static let processorCount: Int = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

  private final class Job<Result>: Runnable {
    package let body: () -> Result
    package var result: Result?
    package init(_ body: @escaping () -> Result) { self.body = body }
    package func runBody() { result = body() }
  }

  /// Starts a thread for `job` and waits for it; false when no thread could be made (the
  /// caller then runs the job itself).
  private static func spawnAndWait(_ job: some Runnable) -> Bool {
    // Allocated rather than `pthread_attr_t()`: the C type's zero initializer is the
    // Dispatch overlay's (CDispatch), a module mplan does not import.
    let attributes = UnsafeMutablePointer<pthread_attr_t>.allocate(capacity: 1)
    defer { attributes.deallocate() }
    pthread_attr_init(attributes)
    defer { pthread_attr_destroy(attributes) }
    guard pthread_attr_setstacksize(attributes, bytes) == 0 else { return false }
    let box = RunnableBox(job)
    let context = Unmanaged.passRetained(box).toOpaque()
    guard let thread = startThread(attributes, context) else {
      Unmanaged<RunnableBox>.fromOpaque(context).release()
      return false
    }
    pthread_join(thread, nil)
    return true
  }

  private static func startThread(
    _ attributes: UnsafeMutablePointer<pthread_attr_t>, _ context: UnsafeMutableRawPointer
  )
    -> pthread_t?
  {
    #if canImport(Darwin)
      var thread: pthread_t?
    #else
      var thread = pthread_t()
    #endif
    let created = pthread_create(&thread, attributes, runOnThread, context)
    return created == 0 ? thread : nil
  }

  /// Set on the threads this made, so a nested run (an import, a scenario's replay) stays on
  /// the thread it is on.
  private static let onLargeStackKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
  }()

  private static var isOnLargeStack: Bool { pthread_getspecific(onLargeStackKey) != nil }

  fileprivate static func markCurrentThread() {
    pthread_setspecific(onLargeStackKey, UnsafeRawPointer(bitPattern: 1))
  }
}

private protocol Runnable: AnyObject {
  func runBody()
}

private final class RunnableBox {
  package let job: any Runnable
  package init(_ job: any Runnable) { self.job = job }
}

/// The new thread's entry point: marks the thread, then runs the job.
private func runOnThread(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
  LargeStack.markCurrentThread()
  Unmanaged<RunnableBox>.fromOpaque(context!).takeRetainedValue().job.runBody()
  return nil
}
