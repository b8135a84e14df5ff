package cn.chuanyu.metrology.inspection;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TaskListingTests {

    @Test
    void unknownValuesAreDroppedSoATamperedLinkShowsThePlainList() {
        TaskListing listing = new TaskListing("DROP TABLE", "XX", null, null, "t.task_id; --", false);

        assertThat(listing.isEmpty()).isTrue();
        assertThat(listing.where()).isEmpty();
        assertThat(listing.orderBy("m.created_at")).isEqualTo("m.created_at, t.task_id");
    }

    @Test
    void eachChosenFilterBecomesANamedCondition() {
        TaskListing listing = new TaskListing("REVIEW", "CQ", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1),
                null, false);

        assertThat(listing.where()).isEqualTo(" and t.task_kind = :kind and t.province = :province"
                + " and i.planned_date >= :from and i.planned_date <= :to");
    }

    @Test
    void aSortOrdersByItsColumnInTheChosenDirectionThenByCreation() {
        assertThat(new TaskListing(null, null, null, null, "planned", true).orderBy("t.created_at"))
                .isEqualTo("i.planned_date desc, t.created_at desc, t.task_id desc");
        assertThat(new TaskListing(null, null, null, null, "party", false).orderBy("t.created_at"))
                .isEqualTo("p.name_zh, t.created_at, t.task_id");
        assertThat(new TaskListing(null, null, null, null, "created", true).sortOrDefault()).isEqualTo("created");
    }

    @Test
    void aRememberedListingReadsBackAsItWasAndUnreadableTextIsThePlainList() {
        TaskListing listing = new TaskListing("REVIEW", "CQ", LocalDate.of(2026, 12, 1), null, "planned", true);

        assertThat(TaskListing.fromRemembered(listing.remembered())).isEqualTo(listing);
        assertThat(TaskListing.fromRemembered(TaskListing.NONE.remembered())).isEqualTo(TaskListing.NONE);
        assertThat(TaskListing.fromRemembered("REVIEW|CQ|not-a-date||planned|")).isEqualTo(TaskListing.NONE);
        assertThat(TaskListing.fromRemembered("from an older version")).isEqualTo(TaskListing.NONE);
    }
}
