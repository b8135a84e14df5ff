package cn.chuanyu.metrology.disclosure;

import cn.chuanyu.metrology.calendar.WorkingCalendar;
import cn.chuanyu.metrology.inspection.PublishedResult;
import cn.chuanyu.metrology.inspection.PublishedResults;
import cn.chuanyu.metrology.planning.Campaign;
import cn.chuanyu.metrology.planning.Campaigns;
import cn.chuanyu.metrology.registry.Party;
import cn.chuanyu.metrology.registry.Registry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Records approved inspection results for the public list (结果公示): when the result is approved it is recorded and
 * due to become public within the configured working days; when the inspection closes it is public at once with
 * its final result. Reading is {@link DisclosureQueries}.
 */
@Service
public class Disclosures {

    private final PublishedResults results;
    private final Registry registry;
    private final Campaigns campaigns;
    private final WorkingCalendar calendar;
    private final DisclosureSettings settings;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    Disclosures(PublishedResults results, Registry registry, Campaigns campaigns, WorkingCalendar calendar,
                DisclosureSettings settings, JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.results = results;
        this.registry = registry;
        this.campaigns = campaigns;
        this.calendar = calendar;
        this.settings = settings;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Records a newly approved result, public at the latest the configured working days from today. */
    @Transactional
    public void recordApproved(long inspectionId) {
        LocalDate today = LocalDate.now(clock);
        write(inspectionId, calendar.workingDays().after(today, settings.publishWithinWorkingDays()));
    }

    /** Publishes the final result of a closed inspection now; publishing it again changes nothing. */
    @Transactional
    public void publish(long inspectionId) {
        write(inspectionId, LocalDate.now(clock));
    }

    private void write(long inspectionId, LocalDate publicBy) {
        PublishedResult result = results.of(inspectionId)
                .orElseThrow(() -> new IllegalStateException("Inspection " + inspectionId + " has no result"));
        Party party = registry.party(result.partyId()).orElseThrow();
        Campaign plan = result.campaignId() == null ? null : campaigns.published(result.campaignId()).orElse(null);
        jdbc.sql("""
                        insert into disclosure (inspection_id, party_id, credit_code, party_name_zh, province,
                                                inspected_on, outcome, published_at, campaign_id, plan_name,
                                                inspection_type, approved_on, public_since, completed_on,
                                                rectified_on, referred_for_enforcement, items)
                        values (:inspection, :party, :code, :name, :province, :on, :outcome, :now, :campaign,
                                :planName, :type, :today, :publicBy, :completed, :rectified, :referred,
                                cast(:items as jsonb))
                        on conflict (inspection_id) do update set inspected_on = excluded.inspected_on,
                            outcome = excluded.outcome, completed_on = excluded.completed_on,
                            rectified_on = excluded.rectified_on, items = excluded.items,
                            referred_for_enforcement = excluded.referred_for_enforcement,
                            public_since = least(disclosure.public_since, excluded.public_since)""")
                .param("inspection", inspectionId).param("party", party.id()).param("code", party.creditCode())
                .param("name", party.nameZh()).param("province", result.province())
                .param("on", result.inspectedOn()).param("outcome", result.outcome().name())
                .param("now", Timestamp.from(clock.instant())).param("campaign", result.campaignId())
                .param("planName", plan == null ? null : plan.name())
                .param("type", result.campaignId() == null ? "TARGETED" : "RANDOM")
                .param("today", LocalDate.now(clock)).param("publicBy", publicBy)
                .param("completed", result.completedOn()).param("rectified", result.rectifiedOn())
                .param("referred", result.referredForEnforcement()).param("items", items(result))
                .update();
    }

    private String items(PublishedResult result) {
        try {
            return json.writeValueAsString(result.items());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("items of inspection " + result.inspectionId(), e);
        }
    }
}
