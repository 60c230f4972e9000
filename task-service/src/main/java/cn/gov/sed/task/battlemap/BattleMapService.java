package cn.gov.sed.task.battlemap;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.reference.ReferenceEntry;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.platform.query.Where;
import cn.gov.sed.platform.security.Caller;
import cn.gov.sed.task.task.RagRules;
import cn.gov.sed.task.task.RagStatus;
import cn.gov.sed.task.task.Task;
import cn.gov.sed.task.task.TaskScope;
import cn.gov.sed.task.task.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The battle map (挂图作战): per district, how its tasks and its listed hazards stand. */
@ApplicationScoped
public class BattleMapService {
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    public List<BattleMapEntry> map() {
        TaskScope scope = TaskScope.of(caller);
        List<ReferenceEntry> districts = ReferenceData.get().districts().all().stream()
                .filter(d -> scope.onTheMap(d.code()))
                .toList();
        LocalDate today = Zones.today(clock);
        Where onTheMap = scope.onTheMap();
        List<Task> tasks = Task.list(onTheMap.hql(), onTheMap.hqlParams());
        List<HazardTally> hazards = HazardTally.list(onTheMap.hql(), onTheMap.hqlParams());
        Map<String, List<Task>> tasksByDistrict = tasks.stream().collect(Collectors.groupingBy(t -> t.district));
        Map<String, List<HazardTally>> hazardsByDistrict = hazards.stream()
                .collect(Collectors.groupingBy(h -> h.district));
        return districts.stream()
                .map(d -> entry(d, tasksByDistrict.getOrDefault(d.code(), List.of()),
                        hazardsByDistrict.getOrDefault(d.code(), List.of()), today))
                .toList();
    }

    static BattleMapEntry entry(ReferenceEntry district, List<Task> tasks, List<HazardTally> hazards, LocalDate today) {
        long done = tasks.stream().filter(t -> t.status == TaskStatus.DONE).count();
        List<RagStatus> lights = tasks.stream().map(t -> t.rag(today)).toList();
        long red = lights.stream().filter(l -> l == RagStatus.RED).count();
        boolean amber = lights.contains(RagStatus.AMBER);
        long missed = tasks.stream().flatMap(t -> t.milestones.stream())
                .filter(m -> RagRules.missedThisWeek(new RagRules.Deadline(m.dueDate, m.isDone()), today)).count();
        var taskFigures = new BattleMapEntry.Tasks(tasks.size(), done, red, red, missed); // overdue tasks are the red ones

        List<HazardTally> listed = hazards.stream().filter(h -> h.listed).toList();
        long verified = listed.stream().filter(h -> h.verified).count();
        long overdue = listed.stream().filter(h -> h.overdue && !h.verified).count();
        long majorOpen = listed.stream().filter(h -> "MAJOR".equals(h.severity) && !h.verified).count();
        var hazardFigures = new BattleMapEntry.Hazards(listed.size(), verified, overdue, majorOpen);
        Double rate = listed.isEmpty() ? null : (double) verified / listed.size();

        RagStatus rag = red > 0 || overdue > 0 ? RagStatus.RED : amber ? RagStatus.AMBER : RagStatus.GREEN;
        return new BattleMapEntry(district.code(), district.nameZh(), taskFigures, hazardFigures, rate, rag);
    }
}
