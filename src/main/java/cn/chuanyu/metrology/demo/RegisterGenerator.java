package cn.chuanyu.metrology.demo;

import cn.chuanyu.metrology.registry.CreditCodeGenerator;
import cn.chuanyu.metrology.registry.PartyDraft;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.PartyStatus;
import cn.chuanyu.metrology.registry.ReferenceData;
import cn.chuanyu.metrology.registry.RiskClass;
import cn.chuanyu.metrology.registry.StaffDraft;
import cn.chuanyu.metrology.registry.StaffRole;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes fictional parties and staff from a seed: the same seed, day and reference data give the same register.
 * Every few certificates, standards and type approvals are already expired, to show the flags.
 */
final class RegisterGenerator {

    private final long seed;
    private final LocalDate today;
    private final List<ReferenceData.Region> regions;
    private final List<String> categories;
    private final CreditCodeGenerator codes;

    RegisterGenerator(long seed, LocalDate today, List<ReferenceData.Region> regions, List<String> categories) {
        this.seed = seed;
        this.today = today;
        this.regions = List.copyOf(regions);
        this.categories = List.copyOf(categories);
        this.codes = new CreditCodeGenerator(seed);
    }

    /** The n-th party: even n in Sichuan, odd n in Chongqing. */
    PartyDraft party(int n, PartyKind kind) {
        Random random = new Random(seed * 31 + n);
        String province = n % 2 == 0 ? "SC" : "CQ";
        List<ReferenceData.Region> ofProvince = regions.stream().filter(r -> r.province().equals(province)).toList();
        ReferenceData.Region region = ofProvince.get(random.nextInt(ofProvince.size()));
        boolean body = kind == PartyKind.AUTHORISED_BODY;
        FictionalNames.Name name = FictionalNames.company(body, new FictionalNames.Name(region.nameZh(), region.nameEn()),
                n, random);
        return new PartyDraft(codes.code(n, region.code()), kind, name.zh(), name.en(), province, region.code(),
                region.nameZh() + "演示路" + (1 + random.nextInt(300)) + "号",
                List.of("contact.p" + n + "@demo.chuanyu.example"), random.nextInt(5) == 0 ? "en" : "zh-CN",
                RiskClass.values()[random.nextInt(3)],
                random.nextInt(25) == 0 ? PartyStatus.SUSPENDED : PartyStatus.ACTIVE,
                body ? certificate(n, random) : null, body ? standards(n, random) : List.of(),
                body ? List.of() : products(n, random));
    }

    private PartyDraft.Certificate certificate(int n, Random random) {
        LocalDate from = today.minusDays(200 + random.nextInt(900));
        LocalDate to = n % 9 == 4 ? today.minusDays(1 + random.nextInt(60)) : today.plusDays(90 + random.nextInt(1200));
        return new PartyDraft.Certificate("(" + (n % 2 == 0 ? "川" : "渝") + ")法计" + from.getYear() + "-" + n,
                from, to, Set.copyOf(someCategories(random, 2 + random.nextInt(3))));
    }

    private List<PartyDraft.Standard> standards(int n, Random random) {
        List<PartyDraft.Standard> standards = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            boolean expired = (n + i) % 6 == 1;
            LocalDate due = expired ? today.minusDays(1 + random.nextInt(120)) : today.plusDays(30 + random.nextInt(700));
            String number = "标准证 " + n + "-" + (i + 1);
            standards.add(new PartyDraft.Standard("演示计量标准装置 " + (i + 1), number, due));
        }
        return standards;
    }

    private List<PartyDraft.Product> products(int n, Random random) {
        List<PartyDraft.Product> products = new ArrayList<>();
        List<String> productCategories = someCategories(random, 1 + random.nextInt(3));
        for (int i = 0; i < productCategories.size(); i++) {
            LocalDate from = today.minusDays(400 + random.nextInt(1200));
            LocalDate to = (n + i) % 8 == 3 ? today.minusDays(1 + random.nextInt(200))
                    : today.plusDays(60 + random.nextInt(1500));
            products.add(new PartyDraft.Product("演示型号 M" + n + "-" + (i + 1), productCategories.get(i),
                    "型批 " + from.getYear() + "-" + n + "-" + (i + 1), from, to));
        }
        return products;
    }

    StaffDraft staff(String staffNo, StaffRole role, String province, int n, List<StaffDraft.Conflict> conflicts) {
        Random random = new Random(seed * 17 + n);
        // names once came from these two draws (and all began with 李: neighbouring seeds share their first
        // draw); they are still taken so the rest of every demo staff record stays as it was
        random.nextInt();
        random.nextInt();
        FictionalNames.Name name = FictionalNames.person(n);
        boolean inspector = role == StaffRole.INSPECTOR;
        return new StaffDraft(staffNo, role, name.zh(), name.en(), province,
                staffNo.toLowerCase() + "@staff.chuanyu.example", true,
                Set.copyOf(someCategories(random, 3 + random.nextInt(4))), conflicts,
                inspector ? "演示执法证 " + staffNo : null, inspector ? certificateEnd(n, random) : null);
    }

    /** Most certificates run for years; a few end within the register's warning window, a few have ended. */
    private LocalDate certificateEnd(int n, Random random) {
        return switch (n % 10) {
            case 7 -> today.plusDays(5 + random.nextInt(50));
            case 9 -> today.minusDays(1 + random.nextInt(120));
            default -> today.plusDays(200 + random.nextInt(1500));
        };
    }

    private List<String> someCategories(Random random, int count) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, categories.size())) {
            chosen.add(categories.get(random.nextInt(categories.size())));
        }
        return List.copyOf(chosen);
    }
}
