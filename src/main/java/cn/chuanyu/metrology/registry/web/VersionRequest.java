package cn.chuanyu.metrology.registry.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Names the version of a record the client read, for a change guarded against concurrent edits. */
record VersionRequest(@NotNull @PositiveOrZero Integer version) {
}
