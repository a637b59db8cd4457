import { minimalConfig, writeTree } from '../../helpers.js';

/** A small zone whose ledger and lights are worked out by hand in the tests (as of 2026-11-26). */
export function officeZone(extra: Record<string, string> = {}): string {
  return writeTree({
    'wuzhong.yaml': minimalConfig,
    'lists/projects/p1.yaml': `title: 一期项目
lead: 魏克鹏
owner: 产融城公司
start: 2026-01-01
due: 2026-12-31
investment: 150000
annual_plan: 60000
annual_done: 54800.5
milestones:
  - title: 开工
    due: 2026-03-31
    done: 2026-03-20
  - title: 竣工
    due: 2026-10-31
updates:
  - month: 2026-10
    text: 设备安装，"联调"
    percent: 80
problems:
  - raised: 2026-10-10
    text: 缺少用地指标
`,
    'lists/investments/d1.yaml': `title: 签约项目
lead: 张威
owner: 铁北园区办
investor: 某集团
stage: signed
amount: 5000
funds_in_place: 1200
start: 2026-02-01
due: 2026-12-31
updates:
  - month: 2026-11
    text: 完成注册
    percent: 10
`,
    'lists/tasks/t1.yaml': `title: 已办结的工作
lead: 张威
owner: 高新建公司
start: 2026-01-01
due: 2026-06-30
status: done
closed: 2026-06-30
`,
    ...extra,
  });
}
