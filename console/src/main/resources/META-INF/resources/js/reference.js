// Reference data the screens show by name (libs/contracts reference/districts.csv, departments.csv; API.md roles).

export const DISTRICTS = [
  { code: '120101', name: '和平区' }, { code: '120102', name: '河东区' }, { code: '120103', name: '河西区' },
  { code: '120104', name: '南开区' }, { code: '120105', name: '河北区' }, { code: '120106', name: '红桥区' },
  { code: '120110', name: '东丽区' }, { code: '120111', name: '西青区' }, { code: '120112', name: '津南区' },
  { code: '120113', name: '北辰区' }, { code: '120114', name: '武清区' }, { code: '120115', name: '宝坻区' },
  { code: '120116', name: '滨海新区' }, { code: '120117', name: '宁河区' }, { code: '120118', name: '静海区' },
  { code: '120119', name: '蓟州区' },
];

export function districtName(code) {
  return DISTRICTS.find((d) => d.code === code)?.name || code || '';
}

export const ROLE_LABELS = {
  city: '市局', 'district-admin': '区局管理员', inspector: '检查员', department: '行业部门', unit: '使用单位',
};

export const DEPARTMENT_LABELS = {
  MARKET_SUPERVISION: '市场监督管理部门', HOUSING: '住房和城乡建设委员会', EDUCATION: '教育委员会', HEALTH: '卫生健康委员会', COMMERCE: '商务局',
  CULTURE_TOURISM: '文化和旅游局', TRANSPORT: '交通运输委员会', CIVIL_AFFAIRS: '民政局', SPORTS: '体育局', INDUSTRY_IT: '工业和信息化局',
  CITY_MANAGEMENT: '城市管理委员会', EMERGENCY: '应急管理局', STATE_ASSETS: '国有资产监督管理委员会', PUBLIC_SECURITY: '公安局',
  PORT: '港口管理部门', STREET_TOWN: '街道（乡镇）',
};
