package org.crosscheck.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The JVM's peak heap use, for benchmarks to report beside their timings, in two readings. {@link #bytes()} sums each heap
 * pool's peak, garbage included and peaks of different moments added together, so it overstates what was needed at once;
 * {@link #liveBytes()} is the most heap found in use just after a garbage collection, what a heap limit must hold.
 */
public final class HeapPeak {
    private static final AtomicLong LIVE = new AtomicLong();
    private static final java.util.Set<String> HEAP_POOLS = java.util.Set.copyOf(ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).toList());

    static {
        // told after every collection: the heap in use then is what survived it
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((n, handback) -> {
                if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = 0;
                for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (HEAP_POOLS.contains(e.getKey())) used += e.getValue().getUsed(); // not the code cache, not metaspace
                }
                LIVE.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }

    private HeapPeak() {}

    /** Starts a new measurement. */
    public static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        LIVE.set(0);
    }

    /** Peak heap bytes since the last {@link #reset()} (or since start-up), summed over the heap pools' peaks. */
    public static long bytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** The most memory in use just after a garbage collection since the last {@link #reset()}; 0 when none ran. */
    public static long liveBytes() {
        return LIVE.get();
    }

    /** The machine a figure was measured on, for the first line of a benchmark's output. */
    public static String machine() {
        return System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB";
    }
}
