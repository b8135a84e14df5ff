package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.kernel.Vocabulary;
import cn.chuanyu.metrology.notification.NoticeFact;
import cn.chuanyu.metrology.notification.NoticeFactsSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a recognition decision or withdrawal notice tells the business, in its language. */
@Component
class RecognitionNoticeFacts implements NoticeFactsSource {

    private static final Map<String, String> PROVINCE_ZH = Map.of("SC", "四川省", "CQ", "重庆市");
    private static final Map<String, String> PROVINCE_EN = Map.of("SC", "Sichuan", "CQ", "Chongqing");

    private final RecognitionStore store;

    RecognitionNoticeFacts(RecognitionStore store) {
        this.store = store;
    }

    @Override
    public String subjectType() {
        return "RECOGNITION";
    }

    @Override
    public List<NoticeFact> facts(long subjectId, String language) {
        return store.find(subjectId).map(view -> facts(view, Vocabulary.locale(language))).orElse(List.of());
    }

    private static List<NoticeFact> facts(RecognitionView view, Locale reader) {
        boolean english = Vocabulary.EN.equals(reader);
        Map<String, String> provinces = english ? PROVINCE_EN : PROVINCE_ZH;
        List<NoticeFact> facts = new ArrayList<>();
        facts.add(new NoticeFact(english ? "Party" : "受检单位",
                view.partyNameIn(reader) + " (" + view.creditCode() + ")"));
        facts.add(new NoticeFact(english ? "Result of" : "原检查省份", provinces.get(view.fromProvince())));
        facts.add(new NoticeFact(english ? "Recognised in" : "申请互认省份", provinces.get(view.province())));
        facts.add(new NoticeFact(english ? "Decision" : "决定", status(view.status(), english)));
        if (!view.recognisedCategories().isEmpty()) {
            facts.add(new NoticeFact(english ? "Categories recognised" : "认可的计量器具类别",
                    String.join(", ", view.recognisedCategories())));
            facts.add(new NoticeFact(english ? "Valid until" : "有效期至", view.validUntil().toString()));
        }
        String reason = view.withdrawnReason() != null ? view.withdrawnReason() : view.decisionReason();
        if (reason != null && !reason.isBlank()) {
            facts.add(new NoticeFact(english ? "Reason" : "理由", reason));
        }
        return facts;
    }

    private static String status(RecognitionStatus status, boolean english) {
        return switch (status) {
            case ACCEPTED -> english ? "Recognised" : "予以互认";
            case PARTIALLY_ACCEPTED -> english ? "Recognised in part" : "部分互认";
            case REFUSED -> english ? "Not recognised" : "不予互认";
            case WITHDRAWN -> english ? "Withdrawn" : "已撤销";
            case EXPIRED -> english ? "Expired" : "已到期";
            case REQUESTED -> english ? "Under review" : "审核中";
        };
    }
}
