package io.plantrail.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * When a launcher started this service (the README's run command, the end-to-end tests), it passes its pid;
 * if the launcher disappears without stopping us, we stop too instead of lingering on its ports.
 */
@AutoConfiguration
@ConditionalOnProperty(ParentWatch.PARENT_PID)
public class ParentWatch {

    static final String PARENT_PID = "PLANTRAIL_PARENT_PID";
    private static final Logger log = LoggerFactory.getLogger(ParentWatch.class);
    private static final long CHECK_MILLIS = 1000;

    private final long parentPid;

    ParentWatch(@Value("${" + PARENT_PID + "}") long parentPid) {
        this.parentPid = parentPid;
    }

    @EventListener(ApplicationReadyEvent.class)
    void watch() {
        Thread watcher = new Thread(this::exitWhenParentIsGone, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void exitWhenParentIsGone() {
        while (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                Thread.sleep(CHECK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
        log.warn("The launcher (pid {}) is gone; shutting down", parentPid);
        System.exit(0);
    }
}
