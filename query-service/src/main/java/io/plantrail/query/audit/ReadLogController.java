package io.plantrail.query.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The record of who read the audit log and evidence trails, newest first; for auditors only. */
@RestController
class ReadLogController {

    record ReadsPage(List<ReadLog.Read> items, int page, int size, long total) {
    }

    private final ReadLog reads;

    ReadLogController(ReadLog reads) {
        this.reads = reads;
    }

    @GetMapping("/api/audit/reads")
    ReadsPage reads(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        Paging paging = Paging.parse(page, size);
        return new ReadsPage(reads.page(paging), paging.page(), paging.size(), reads.count());
    }
}
