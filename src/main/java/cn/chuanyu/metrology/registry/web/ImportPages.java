package cn.chuanyu.metrology.registry.web;

import cn.chuanyu.metrology.kernel.ConflictException;
import cn.chuanyu.metrology.registry.imports.ImportJobView;
import cn.chuanyu.metrology.registry.imports.ImportJobs;
import cn.chuanyu.metrology.registry.imports.ImportKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

/** Bulk import of parties or staff from CSV: upload, a progress bar that can be left and come back to, row errors. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ImportPages {

    private final ImportJobs imports;

    ImportPages(ImportJobs imports) {
        this.imports = imports;
    }

    @GetMapping("/admin/imports")
    String form() {
        return "registry/import";
    }

    @PostMapping("/admin/imports")
    String upload(@RequestParam ImportKind kind, @RequestParam(required = false) MultipartFile file,
                  Principal principal, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "import.fileMissing");
            return "registry/import";
        }
        try (InputStream content = file.getInputStream()) {
            ImportJobView job = imports.start(kind, content, file.getOriginalFilename(), principal.getName());
            return "redirect:/admin/imports/" + job.id();
        } catch (ConflictException running) {
            model.addAttribute("fileError", "import.running");
            return "registry/import";
        }
    }

    @GetMapping("/admin/imports/{id}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.get(id));
        return "registry/import-job";
    }

    /** The progress part alone, which the job page polls (htmx) while the import runs. */
    @GetMapping("/admin/imports/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.get(id));
        return "registry/import-job :: progress";
    }
}
