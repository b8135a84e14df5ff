package cn.chuanyu.metrology.registry;

/** How much attention a party needs; weighs in the random draw. */
public enum RiskClass {
    LOW, MEDIUM, HIGH
}
