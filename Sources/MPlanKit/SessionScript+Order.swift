extension SessionScript {
  /// The items a session read, reduced to its final state and put in an order a script runs.
  ///
  /// Each read is resolved to the life of the name it reads: the last one, since the prompt
  /// reran whatever read a name defined again, except a statement's own name, which is the life
  /// before it (`let b = b * 2`). What the last life of each name reads is kept, recursively;
  /// the rest is dropped. The prompt refuses a definition that would read itself through
  /// others (E0213), so an order exists; each statement goes where its name was first defined
  /// when what it reads is there by then.
  struct FinalState {
    let items: [Item]
    /// For each item, the item each of its reads resolves to.
    private var targets: [[Int?]] = []
    private var needed: [Bool] = []
    /// The name an earlier life is written under; nil for the last life.
    private var alias: [String?] = []
    private var latest: [String: Int] = [:]
    private var firstDefinition: [String: Int] = [:]

    init(_ items: [Item]) {
      self.items = items
      var current: [String: Int] = [:]
      for (index, item) in items.enumerated() {
        if let name = item.defines {
          latest[name] = index
          if firstDefinition[name] == nil { firstDefinition[name] = index }
        }
      }
      for (index, item) in items.enumerated() {
        targets.append(
          item.reads.map { read in
            // Its own name is the life before it (`let b = b * 2`); any other, the last life, as
            // the prompt recalculated everything that reads a name defined again.
            read.name == item.defines ? current[read.name] : latest[read.name]
          })
        if let name = item.defines { current[name] = index }
      }
      needed = [Bool](repeating: false, count: items.count)
      var pending = items.indices.filter { index in items[index].defines.map { latest[$0] == index } ?? true }
      while let index = pending.popLast() {
        guard !needed[index] else { continue }
        needed[index] = true
        pending += targets[index].compactMap { $0 }.filter { !needed[$0] }
      }
      alias = [String?](repeating: nil, count: items.count)
      let taken = Set(latest.keys)
      var generation: [String: Int] = [:]
      for (index, item) in items.enumerated() where needed[index] {
        guard let name = item.defines, latest[name] != index else { continue }
        generation[name, default: 0] += 1
        var candidate = "\(name)_\(generation[name]!)"
        while taken.contains(candidate) { candidate += "_" }
        alias[index] = candidate
      }
    }

    /// The kept items' texts, in the order the script runs them.
    var texts: [String] { order().map(text(of:)) }

    /// An item's text with an earlier life's name, and reads of earlier lives, renamed.
    private func text(of index: Int) -> String {
      let item = items[index]
      var renames: [(Range<Int>, String)] = []
      if let span = item.definitionSpan, let name = alias[index] { renames.append((span, name)) }
      for (read, target) in zip(item.reads, targets[index]) {
        if let target, let name = alias[target] { renames.append((read.span, name)) }
      }
      guard !renames.isEmpty else { return item.text }
      var scalars = Array(item.text.unicodeScalars)
      for (span, name) in renames.sorted(by: { $0.0.lowerBound > $1.0.lowerBound })
      where span.upperBound <= scalars.count {
        scalars.replaceSubrange(span, with: name.unicodeScalars)
      }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars)
      return String(view)
    }

    /// The kept items in an order that runs: a topological order of what each reads, taking
    /// first the item that stood earliest (a last life stands where its name was first
    /// defined). A statement that reads a plan block's computed amounts (`b.committed`) comes
    /// after every block, as a script requires (E0212); a `unit`, `import` or `use` keeps
    /// everything typed after it below it.
    private func order() -> [Int] {
      let allBlocks = items.count  // a node that stands for "every block is defined"
      var dependents = [[Int]](repeating: [], count: items.count + 1)
      var waitingFor = [Int](repeating: 0, count: items.count + 1)
      func add(_ node: Int, after other: Int) {
        dependents[other].append(node)
        waitingFor[node] += 1
      }
      var lastBarrier: Int?
      for index in items.indices where needed[index] {
        let item = items[index]
        var after = Set(targets[index].compactMap { $0 })
        if let lastBarrier { after.insert(lastBarrier) }
        for other in after where other != index { add(index, after: other) }
        if item.isDeclaration {
          add(allBlocks, after: index)
        } else if targets[index].contains(where: { $0.map { items[$0].isDeclaration } ?? false }) {
          add(index, after: allBlocks)
        }
        if item.isBarrier { lastBarrier = index }
      }
      func place(_ node: Int) -> (Int, Int) {
        guard node < items.count else { return (-1, node) }
        if let name = items[node].defines, latest[name] == node { return (firstDefinition[name]!, node) }
        return (node, node)
      }
      var ready = Heap()
      var remaining = Set(items.indices.filter { needed[$0] })
      remaining.insert(allBlocks)
      for node in remaining where waitingFor[node] == 0 { ready.push(place(node)) }
      var order: [Int] = []
      while !remaining.isEmpty {
        // A cycle (a block that reads a value computed from blocks): the earliest goes first.
        let node = ready.pop()?.1 ?? remaining.min { place($0) < place($1) }!
        guard remaining.remove(node) != nil else { continue }
        if node < items.count { order.append(node) }
        for next in dependents[node] {
          waitingFor[next] -= 1
          if waitingFor[next] == 0, remaining.contains(next) { ready.push(place(next)) }
        }
      }
      return order
    }
  }

  /// The smallest first.
  private struct Heap {
    private var elements: [(Int, Int)] = []

    mutating func push(_ element: (Int, Int)) {
      elements.append(element)
      var child = elements.count - 1
      while child > 0, elements[child] < elements[(child - 1) / 2] {
        elements.swapAt(child, (child - 1) / 2)
        child = (child - 1) / 2
      }
    }

    mutating func pop() -> (Int, Int)? {
      guard !elements.isEmpty else { return nil }
      elements.swapAt(0, elements.count - 1)
      let smallest = elements.removeLast()
      var parent = 0
      while true {
        let (left, right) = (2 * parent + 1, 2 * parent + 2)
        var least = parent
        if left < elements.count, elements[left] < elements[least] { least = left }
        if right < elements.count, elements[right] < elements[least] { least = right }
        if least == parent { return smallest }
        elements.swapAt(parent, least)
        parent = least
      }
    }
  }
}
