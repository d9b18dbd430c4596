package gongkai.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
  @Test
  void valuesWithinTheBudgetAreKept() {
    MemoryBudget budget = new MemoryBudget(300);
    MemoryBudget.Slot<String> a = budget.slot();
    MemoryBudget.Slot<String> b = budget.slot();

    a.set("甲", 100);
    b.set("乙", 200);

    assertThat(a.get()).isEqualTo("甲");
    assertThat(b.get()).isEqualTo("乙");
    assertThat(budget.used()).isEqualTo(300);
  }

  @Test
  void leastRecentlyUsedValueIsLetGoBeyondTheBudget() {
    MemoryBudget budget = new MemoryBudget(300);
    MemoryBudget.Slot<String> a = budget.slot();
    MemoryBudget.Slot<String> b = budget.slot();
    MemoryBudget.Slot<String> c = budget.slot();
    a.set("甲", 100);
    b.set("乙", 100);
    c.set("丙", 100);

    a.get(); // b is now the least recently used
    budget.slot().set("丁", 100);

    assertThat(b.get()).isNull();
    assertThat(a.get()).isEqualTo("甲");
    assertThat(c.get()).isEqualTo("丙");
    assertThat(budget.used()).isEqualTo(300);
  }

  @Test
  void valueLargerThanTheBudgetIsKeptAloneUntilTheNext() {
    MemoryBudget budget = new MemoryBudget(100);
    MemoryBudget.Slot<String> small = budget.slot();
    MemoryBudget.Slot<String> large = budget.slot();
    small.set("甲", 50);

    large.set("很长的正文", 500);

    assertThat(small.get()).isNull();
    assertThat(large.get()).isEqualTo("很长的正文");
    budget.slot().set("乙", 10);
    assertThat(large.get()).isNull();
  }

  @Test
  void droppedValueFreesItsShare() {
    MemoryBudget budget = new MemoryBudget(100);
    MemoryBudget.Slot<String> a = budget.slot();
    a.set("甲", 80);

    a.drop();

    assertThat(a.get()).isNull();
    assertThat(budget.used()).isZero();
  }
}
