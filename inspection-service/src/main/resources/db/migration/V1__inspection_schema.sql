-- inspection-service schema (its own database): units, equipment, checklist items, inspections, enforcement.

-- 单位: using, producing and maintenance units. uscc = 统一社会信用代码 (normalised, unique).
CREATE TABLE unit (
    id             UUID         PRIMARY KEY,
    uscc           VARCHAR(18)  NOT NULL UNIQUE,
    name           VARCHAR(200) NOT NULL,
    district       VARCHAR(6)   NOT NULL,
    industry       VARCHAR(50)  NOT NULL,
    address        VARCHAR(500),
    contact_name   VARCHAR(100),
    contact_phone  VARCHAR(50),
    blacklisted    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL
);
CREATE INDEX unit_district ON unit (district);

-- 单位类型: USER (使用单位), PRODUCER (生产单位), MAINTENANCE (维保单位); a unit may be several.
CREATE TABLE unit_type (
    unit_id  UUID        NOT NULL REFERENCES unit (id),
    type     VARCHAR(20) NOT NULL,
    PRIMARY KEY (unit_id, type)
);

-- 特种设备: a piece of equipment of a unit; district copied from the unit for scoping in one table.
CREATE TABLE equipment (
    id                     UUID         PRIMARY KEY,
    unit_id                UUID         NOT NULL REFERENCES unit (id),
    district               VARCHAR(6)   NOT NULL,
    category               VARCHAR(4)   NOT NULL,
    equipment_code         VARCHAR(20)  NOT NULL UNIQUE,
    equipment_code_format  VARCHAR(10)  NOT NULL,
    registration_number    VARCHAR(50),
    usage_environment      VARCHAR(30)  NOT NULL,
    location               VARCHAR(500),
    next_inspection_due    DATE,
    status                 VARCHAR(20)  NOT NULL,
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    version                BIGINT       NOT NULL
);
CREATE INDEX equipment_unit ON equipment (unit_id);
CREATE INDEX equipment_district ON equipment (district);

-- 检查内容与隐患标准: the checklist catalogue; categories = ';'-separated category codes or '*' for all.
CREATE TABLE checklist_item (
    code              VARCHAR(20)   PRIMARY KEY,
    categories        VARCHAR(500)  NOT NULL,
    content           VARCHAR(500)  NOT NULL,
    hazard_standard   VARCHAR(1000) NOT NULL,
    default_severity  VARCHAR(10)   NOT NULL,
    hazard_type       VARCHAR(30)   NOT NULL,
    basis             VARCHAR(200),
    retired           BOOLEAN       NOT NULL DEFAULT FALSE,
    version           BIGINT        NOT NULL DEFAULT 0
);

-- Seeded from data/checklist-items.csv (TSG 08-2017, GB 45067-2024 and the other bases named per item).
INSERT INTO checklist_item (code, categories, content, hazard_standard, default_severity, hazard_type, basis) VALUES
    ('G01', '*', '使用登记', '未办理使用登记即投入使用', 'GENERAL', 'MANAGEMENT_SYSTEM', 'TSG 08-2017'),
    ('G02', '*', '定期检验', '超过定期检验有效期未检验继续使用', 'GENERAL', 'INSPECTION_OVERDUE', 'TSG 08-2017'),
    ('G03', '1000;2000;3000;4000;6000;8000;9000', '监督检验', '安装、改造、重大修理未经监督检验或检验结论不合格继续使用', 'MAJOR', 'EQUIPMENT_CONDITION', 'GB 45067-2024'),
    ('G04', '*', '作业人员持证', '作业人员未取得相应资格证书上岗作业', 'GENERAL', 'PERSONNEL_QUALIFICATION', 'TSG 08-2017'),
    ('G05', '*', '安全管理人员配备', '未按规定配备安全总监、安全员', 'GENERAL', 'RESPONSIBILITY', '市场监管总局令第74号'),
    ('G06', '*', '安全管理制度与操作规程', '未建立安全管理制度、岗位责任制或操作规程', 'GENERAL', 'MANAGEMENT_SYSTEM', 'TSG 08-2017'),
    ('G07', '*', '安全技术档案', '安全技术档案缺失或不完整', 'MINOR', 'MANAGEMENT_SYSTEM', 'TSG 08-2017'),
    ('G08', '*', '维护保养', '未按规定进行日常维护保养或无保养记录', 'GENERAL', 'OPERATING_PROCEDURE', 'TSG 08-2017'),
    ('G09', '*', '安全附件与安全保护装置', '安全附件、安全保护装置缺失或失效仍继续使用', 'MAJOR', 'EQUIPMENT_CONDITION', 'GB 45067-2024'),
    ('G10', '*', '运行参数', '超过规定参数、使用范围使用', 'MAJOR', 'OPERATING_PROCEDURE', 'GB 45067-2024'),
    ('G11', '*', '应急预案与演练', '未制定专项应急预案或未按规定演练', 'GENERAL', 'MANAGEMENT_SYSTEM', 'TSG 08-2017'),
    ('G12', '*', '日管控、周排查、月调度', '无日管控、周排查、月调度记录', 'MINOR', 'RESPONSIBILITY', '市场监管总局令第74号'),
    ('G13', '*', '报废与设计使用年限', '达到报废条件或超过设计使用年限未处理仍继续使用', 'MAJOR', 'EQUIPMENT_CONDITION', 'GB 45067-2024'),
    ('G14', '*', '淘汰与非法生产设备', '使用国家明令淘汰或未取得许可生产的设备', 'MAJOR', 'EQUIPMENT_CONDITION', 'GB 45067-2024'),
    ('G15', '2200;2300', '充装', '未经许可从事充装或错装介质', 'MAJOR', 'OPERATING_PROCEDURE', 'GB 45067-2024'),
    ('G16', '1000', '水（介）质处理', '未进行水（介）质处理或水质不合格', 'GENERAL', 'OPERATING_PROCEDURE', 'TSG 08-2017'),
    ('G17', '3000', '电梯维保与应急救援', '维保单位无资质或紧急报警装置不能有效应答', 'GENERAL', 'EQUIPMENT_CONDITION', 'TSG T5002-2017'),
    ('G18', '5000', '场车牌照与驾驶人员', '未悬挂牌照或司机无证驾驶', 'GENERAL', 'PERSONNEL_QUALIFICATION', 'TSG 81-2022'),
    ('G19', '6000;9000', '日检与乘客须知', '未进行日检试运行或无乘客须知、警示标志', 'GENERAL', 'OPERATING_PROCEDURE', 'TSG 08-2017'),
    ('G20', '*', '检验合格标志', '检验合格标志未张贴于显著位置', 'MINOR', 'MANAGEMENT_SYSTEM', 'TSG 08-2017'),
    ('E01', '3100;3200', '电梯门锁回路', '门锁回路被短接', 'MAJOR', 'EQUIPMENT_CONDITION', 'GB 45067-2024'),
    ('E02', '3100;3200', '电梯门防夹装置', '乘客与载货电梯门防夹装置失效', 'MAJOR', 'EQUIPMENT_CONDITION', 'GB 45067-2024'),
    ('E03', '3300', '自动扶梯紧急停止开关', '自动扶梯或自动人行道紧急停止开关缺失或失效', 'MAJOR', 'EQUIPMENT_CONDITION', 'GB 45067-2024'),
    ('E04', '3300', '扶手带防护挡板', '扶手带外缘与障碍物距离小于400 mm未设防护挡板', 'MAJOR', 'EQUIPMENT_CONDITION', 'GB 45067-2024'),
    ('C01', '4000', '起重机械急停开关', '急停开关缺失或失效', 'MAJOR', 'EQUIPMENT_CONDITION', 'GB 45067-2024'),
    ('C02', '4000', '起重机械限制装置', '起重量限制器、起重力矩限制器、防坠安全器缺失或失效', 'MAJOR', 'EQUIPMENT_CONDITION', 'GB 45067-2024'),
    ('B01', '1000', '锅炉安全阀', '安全阀或爆破片缺失或失效', 'MAJOR', 'EQUIPMENT_CONDITION', 'GB 45067-2024'),
    ('B02', '1000', '锅炉保护装置', '水位报警、联锁保护或熄火保护装置缺失或失效', 'MAJOR', 'EQUIPMENT_CONDITION', 'GB 45067-2024'),
    ('V01', '2100', '快开门式压力容器联锁', '快开门式压力容器安全联锁装置缺失或失效', 'MAJOR', 'EQUIPMENT_CONDITION', 'GB 45067-2024'),
    ('P01', '8000', '压力管道安全装置', '安全阀、爆破片装置或紧急切断装置缺失或失效', 'MAJOR', 'EQUIPMENT_CONDITION', 'GB 45067-2024'),
    ('A01', '6000', '游乐设施乘客束缚装置', '安全带、压杠、挡杆等乘客束缚装置缺失或失效', 'MAJOR', 'EQUIPMENT_CONDITION', 'GB 45067-2024'),
    ('R01', '9000', '索道紧急停车开关', '控制室、站台、机房紧急停车开关缺失', 'MAJOR', 'EQUIPMENT_CONDITION', 'GB 45067-2024');

-- 监察指令书 numbers: one per inspection, never reused.
CREATE SEQUENCE inspection_number_seq;

-- 监督检查: PLANNED → IN_PROGRESS → COMPLETED.
CREATE TABLE inspection (
    id             UUID         PRIMARY KEY,
    number         BIGINT       NOT NULL UNIQUE,
    district       VARCHAR(6)   NOT NULL,
    unit_id        UUID         NOT NULL REFERENCES unit (id),
    method         VARCHAR(30)  NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    planned_at     TIMESTAMPTZ  NOT NULL,
    started_at     TIMESTAMPTZ,
    location       VARCHAR(500),
    completed_at   TIMESTAMPTZ,
    created_by     VARCHAR(200),
    created_at     TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL
);
CREATE INDEX inspection_district ON inspection (district);
CREATE INDEX inspection_unit ON inspection (unit_id);

-- 执法人员 and their certificates, in the order given.
CREATE TABLE inspection_inspector (
    inspection_id   UUID         NOT NULL REFERENCES inspection (id),
    position        INTEGER      NOT NULL,
    name            VARCHAR(100) NOT NULL,
    certificate_no  VARCHAR(100) NOT NULL,
    PRIMARY KEY (inspection_id, position)
);

-- 参与部门 of a joint inspection (department codes).
CREATE TABLE inspection_department (
    inspection_id  UUID        NOT NULL REFERENCES inspection (id),
    department     VARCHAR(50) NOT NULL,
    PRIMARY KEY (inspection_id, department)
);

-- 检查发现的问题: each keeps a snapshot of the checklist item and the equipment, so later edits never change history.
CREATE TABLE finding (
    id                   UUID          PRIMARY KEY,
    inspection_id        UUID          NOT NULL REFERENCES inspection (id),
    equipment_id         UUID          NOT NULL REFERENCES equipment (id),
    equipment_code       VARCHAR(20)   NOT NULL,
    equipment_category   VARCHAR(4)    NOT NULL,
    usage_environment    VARCHAR(30)   NOT NULL,
    checklist_item_code  VARCHAR(20)   NOT NULL,
    item_content         VARCHAR(500)  NOT NULL,
    hazard_standard      VARCHAR(1000) NOT NULL,
    default_severity     VARCHAR(10)   NOT NULL,
    item_hazard_type     VARCHAR(30)   NOT NULL,
    basis                VARCHAR(200),
    description          VARCHAR(2000) NOT NULL,
    severity             VARCHAR(10)   NOT NULL,
    severity_reason      VARCHAR(1000),
    hazard_type          VARCHAR(30)   NOT NULL,
    found_at             TIMESTAMPTZ   NOT NULL,
    recorded_by          VARCHAR(200),
    version              BIGINT        NOT NULL
);
CREATE INDEX finding_inspection ON finding (inspection_id);

CREATE TABLE finding_photo (
    finding_id  UUID    NOT NULL REFERENCES finding (id),
    position    INTEGER NOT NULL,
    photo_id    UUID    NOT NULL,
    PRIMARY KEY (finding_id, position)
);

-- 执法措施: 行政处罚, 约谈, 曝光, 列入黑名单, 信用修复.
CREATE TABLE enforcement_action (
    id               UUID          PRIMARY KEY,
    unit_id          UUID          NOT NULL REFERENCES unit (id),
    district         VARCHAR(6)    NOT NULL,
    type             VARCHAR(20)   NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    legal_basis      VARCHAR(1000),
    amount           NUMERIC(14, 2),
    decision_number  VARCHAR(100),
    taken_at         TIMESTAMPTZ   NOT NULL,
    taken_by         VARCHAR(200),
    version          BIGINT        NOT NULL
);
CREATE INDEX enforcement_action_unit ON enforcement_action (unit_id);
CREATE INDEX enforcement_action_district ON enforcement_action (district);

-- hazard ids as the client sent them (this service does not own hazards).
CREATE TABLE enforcement_action_hazard (
    action_id  UUID        NOT NULL REFERENCES enforcement_action (id),
    position   INTEGER     NOT NULL,
    hazard_id  VARCHAR(36) NOT NULL,
    PRIMARY KEY (action_id, position)
);
