package cn.chuanyu.metrology.planning;

/** A campaign's draw record as published: {@link PublicDraw} under {@code chuanyu-draw/2}, {@link LegacyDraw} under /1. */
public sealed interface DrawDocument permits PublicDraw, LegacyDraw {

    String algorithm();

    long campaignId();
}
