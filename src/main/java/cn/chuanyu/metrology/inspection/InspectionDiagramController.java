package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.kernel.NotFoundException;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Locale;

/** Serves the BPMN model of an inspection's process to the page's diagram viewer, to those who may see it. */
@Controller
class InspectionDiagramController {

    private final InspectionDiagrams diagrams;

    InspectionDiagramController(InspectionDiagrams diagrams) {
        this.diagrams = diagrams;
    }

    @GetMapping("/inspections/{id}/diagram.bpmn")
    ResponseEntity<byte[]> model(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        byte[] xml = diagrams.modelXml(id, user, locale)
                .orElseThrow(() -> new NotFoundException("problem.inspection.noProcess", id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml);
    }
}
