package dev.gilcheck.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/** The heap's peak use over a stretch of work: its pools' peaks reset after a collection at the start, summed at the end. */
final class HeapPeak {
    private final List<MemoryPoolMXBean> heap = new ArrayList<>();

    private HeapPeak() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                heap.add(p);
            }
        }
    }

    /** Collects garbage and starts measuring from there. */
    static HeapPeak start() {
        System.gc();
        HeapPeak peak = new HeapPeak();
        peak.heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        return peak;
    }

    /** The peak since {@link #start()}, in MB. */
    long megabytes() {
        long peak = 0;
        for (MemoryPoolMXBean p : heap) {
            peak += p.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }
}
