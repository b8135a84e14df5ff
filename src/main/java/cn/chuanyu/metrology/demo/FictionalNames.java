package cn.chuanyu.metrology.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Made-up names in Chinese and English for demo parties and staff. Company names are invented brand words
 * with a region and a "（演示）/(demo)" mark, so none can be mistaken for a real business.
 */
final class FictionalNames {

    record Name(String zh, String en) {
    }

    private static final List<Name> BRANDS = List.of(
            new Name("星禾", "Xinghe"), new Name("云衡", "Yunheng"), new Name("青量", "Qingliang"),
            new Name("锦测", "Jince"), new Name("岚准", "Lanzhun"), new Name("沐度", "Mudu"),
            new Name("弘刻", "Hongke"), new Name("翎标", "Lingbiao"), new Name("栖衡", "Qiheng"),
            new Name("澄尺", "Chengchi"), new Name("砚衡", "Yanheng"), new Name("朔量", "Shuoliang"),
            new Name("禾准", "Hezhun"), new Name("岱测", "Daice"), new Name("泓标", "Hongbiao"),
            new Name("枫仪", "Fengyi"), new Name("昱衡", "Yuheng"), new Name("璟测", "Jingce"),
            new Name("芮度", "Ruidu"), new Name("舟量", "Zhouliang"), new Name("蔚衡", "Weiheng"),
            new Name("黎测", "Lice"), new Name("绮准", "Qizhun"));
    private static final List<Name> BODY_SUFFIXES = List.of(
            new Name("计量检测研究院", "Metrology and Testing Institute"),
            new Name("计量测试所", "Metrology Testing Station"),
            new Name("计量检定中心", "Verification Centre"));
    private static final List<Name> MAKER_SUFFIXES = List.of(
            new Name("仪表有限公司", "Instruments Co., Ltd."),
            new Name("衡器有限公司", "Weighing Equipment Co., Ltd."),
            new Name("电子科技有限公司", "Electronics Co., Ltd."),
            new Name("智能计量设备有限公司", "Smart Metering Co., Ltd."));
    private static final List<Name> SURNAMES = List.of(
            new Name("张", "Zhang"), new Name("王", "Wang"), new Name("李", "Li"), new Name("赵", "Zhao"),
            new Name("刘", "Liu"), new Name("陈", "Chen"), new Name("杨", "Yang"), new Name("黄", "Huang"),
            new Name("周", "Zhou"), new Name("吴", "Wu"), new Name("徐", "Xu"), new Name("孙", "Sun"),
            new Name("何", "He"), new Name("罗", "Luo"), new Name("唐", "Tang"), new Name("邓", "Deng"));
    private static final List<Name> GIVEN_NAMES = List.of(
            new Name("晓明", "Xiaoming"), new Name("思远", "Siyuan"), new Name("雨涵", "Yuhan"),
            new Name("子轩", "Zixuan"), new Name("佳怡", "Jiayi"), new Name("俊杰", "Junjie"),
            new Name("欣然", "Xinran"), new Name("浩宇", "Haoyu"), new Name("梓涵", "Zihan"),
            new Name("文博", "Wenbo"), new Name("雅琪", "Yaqi"), new Name("志强", "Zhiqiang"),
            new Name("一鸣", "Yiming"), new Name("静怡", "Jingyi"), new Name("嘉禾", "Jiahe"),
            new Name("若溪", "Ruoxi"));
    /** Coprime to the number of name pairs, so stepping through them visits each pair once. */
    private static final int PERSON_STEP = 37;

    private FictionalNames() {
    }

    static Name company(boolean authorisedBody, Name region, int n, RandomGenerator random) {
        Name brand = BRANDS.get(n % BRANDS.size());
        List<Name> suffixes = authorisedBody ? BODY_SUFFIXES : MAKER_SUFFIXES;
        Name suffix = suffixes.get(random.nextInt(suffixes.size()));
        return new Name(region.zh() + brand.zh() + suffix.zh() + "（演示）",
                brand.en() + " " + suffix.en() + ", " + region.en() + " (demo)");
    }

    /** The n-th person: the first {@link #distinctPeople()} people all have different names, in both languages. */
    static Name person(int n) {
        int pair = Math.floorMod((long) n * PERSON_STEP, distinctPeople());
        Name surname = SURNAMES.get(pair % SURNAMES.size());
        Name given = GIVEN_NAMES.get(pair / SURNAMES.size());
        return new Name(surname.zh() + given.zh(), surname.en() + " " + given.en());
    }

    static int distinctPeople() {
        return SURNAMES.size() * GIVEN_NAMES.size();
    }
}
