#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A draw site's samples are made in fixed blocks of `size`, each from a stream of its own: the
/// site's stream for the first block, that stream jumped ahead 2¹²⁸ draws for the second, and so
/// on. A block's samples depend only on its stream, so the blocks can be shared among the
/// processors and the samples are the same whatever their number (`MPLAN_SAMPLING_THREADS=1`
/// forces one), and the same as before for runs of one block (the default 10,000 samples).
package enum SampleBlocks {
  /// 64 Ki samples: 512 KB, which stays in a core's cache while it is filled and transformed,
  /// and a million samples make 16 blocks to share.
  package static let size = 1 << 16

  /// The threads that fill blocks: the processors, unless `MPLAN_SAMPLING_THREADS` says otherwise.
  package static let threads: Int = {
    if let setting = getenv("MPLAN_SAMPLING_THREADS"), let count = Int(String(cString: setting)), count >= 1 {
      return count
    }
    return LargeStack.processorCount
  }()

  /// `count` samples, each block filled by `fill` from its own stream, given the offset of its
  /// first sample in the whole. `fill` runs on several threads at once: it must only read what
  /// it shares. `random` is left past every block's stream.
  package static func draw(
    _ count: Int, from random: inout SeededGenerator, threads: Int = threads,
    _ fill: (_ random: inout SeededGenerator, _ samples: UnsafeMutableBufferPointer<Double>, _ offset: Int) ->
      Void
  ) -> ContiguousArray<Double> {
    let count = max(0, count)
    let blocks = (count + size - 1) / size
    var streams: [SeededGenerator] = []
    streams.reserveCapacity(blocks)
    for _ in 0..<blocks {
      streams.append(random)
      random.jump()
    }
    // Uninitialised: every sample is written by its block, so clearing it first is waste.
    return ContiguousArray(unsafeUninitializedCapacity: count) { buffer, initialized in
      let whole = buffer
      let parts = max(1, min(threads, blocks))
      func fillPart(_ part: Int) {
        for block in stride(from: part, to: blocks, by: parts) {
          var stream = streams[block]
          let start = block * size
          fill(&stream, UnsafeMutableBufferPointer(rebasing: whole[start..<min(count, start + size)]), start)
        }
      }
      if parts == 1 { fillPart(0) } else { LargeStack.parallel(parts) { fillPart($0) } }
      initialized = count
    }
  }
}

extension SeededGenerator {
  /// Moves the stream 2¹²⁸ draws ahead (xoshiro256's `jump`, by Blackman and Vigna): streams a
  /// jump apart never overlap within any run's length.
  package mutating func jump() {
    let polynomial: [UInt64] = [
      0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C, 0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C,
    ]
    var jumped: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    for word in polynomial {
      for bit in 0..<64 {
        if word & (1 << UInt64(bit)) != 0 {
          jumped.0 ^= state.0
          jumped.1 ^= state.1
          jumped.2 ^= state.2
          jumped.3 ^= state.3
        }
        _ = next()
      }
    }
    state = jumped
  }

  /// Standard normals into `samples` (the ziggurat).
  package mutating func fillStandardNormals(_ samples: UnsafeMutableBufferPointer<Double>) {
    Ziggurat.shared.fill(samples, from: &self)
  }

  /// One standard normal (the ziggurat).
  package mutating func nextStandardNormal() -> Double {
    Ziggurat.shared.next(&self)
  }
}
