/**
 * CI templates. Every job runs the tool pinned in the zone repo (.wuzhong/wuzhong.mjs, see `wuzhong upgrade`):
 * no registry, no network beyond the Git server, and the same scoring rules until someone changes the pin.
 */
const RUN = 'node .wuzhong/wuzhong.mjs';
/** A current Node LTS for the runners; the tool itself runs on Node >= 20. */
const NODE = '24';

/**
 * The check step's script (bash): compare with the remote-tracking base branch; when there is none
 * (a run outside CI, with no origin), with the local branch of that name.
 */
function checkScript(baseVar: string, format: string, redirect = ''): string[] {
  return [
    `base="origin/${baseVar}"`,
    `git rev-parse --quiet --verify "$base^{commit}" > /dev/null || base="${baseVar}"`,
    `${RUN} check --base "$base" --format ${format}${redirect}`,
  ];
}

/** The GitHub and Gitea workflows differ only in where actions come from and who may push. */
function actionsWorkflow(kind: 'github' | 'gitea'): string {
  const github = kind === 'github';
  const checkout = github ? 'actions/checkout@v5' : 'actions/checkout@v4';
  const setupNode = github
    ? ['      - uses: actions/setup-node@v5', '        with:', `          node-version: ${NODE}`]
    : [];
  return [
    '# wuzhong：合并请求时检查清单数据；每月6日 9:00（北京时间）生成上月月报并提交。',
    '# 运行的是园区仓库里固定的 .wuzhong/wuzhong.mjs（用 wuzhong upgrade 更换），不从网络下载 wuzhong。',
    ...(github
      ? ['# 分支保护要求本检查通过时，定时任务直接推送会被拒绝：见 wuzhong 文档 docs/ci.md“分支保护”。']
      : [
          '# Gitea：runs-on 的镜像须自带 Node 20或更高版本（act_runner 默认的 ubuntu-latest 镜像自带）；',
          '# 内网取不到 github.com 时，在 app.ini 设 [actions] DEFAULT_ACTIONS_URL = self，并把 actions/checkout 镜像到本实例的 actions 组织。',
        ]),
    'name: wuzhong',
    '',
    'on:',
    '  pull_request:',
    '  schedule:',
    "    - cron: '0 1 6 * *' # UTC 01:00 = 北京时间 09:00，每月6日",
    '  workflow_dispatch:',
    '',
    'permissions:',
    '  contents: read',
    '',
    'jobs:',
    '  check:',
    "    if: github.event_name == 'pull_request'",
    '    runs-on: ubuntu-latest',
    '    steps:',
    `      - uses: ${checkout}`,
    '        with:',
    '          fetch-depth: 0 # --base 需要目标分支的历史',
    ...setupNode,
    '      - name: wuzhong check',
    '        env:',
    '          BASE_REF: ${{ github.base_ref }} # 经环境变量传入，不直接拼进脚本',
    '        run: |',
    ...checkScript('$BASE_REF', 'github').map((l) => `          ${l}`),
    '',
    '  report:',
    "    if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'",
    '    runs-on: ubuntu-latest',
    '    permissions:',
    '      contents: write # 提交并推送 reports/<月份>.md',
    '    concurrency: wuzhong-report',
    '    steps:',
    `      - uses: ${checkout}`,
    '        with:',
    '          fetch-depth: 0 # 已发布月报的提交日期决定哪些月份已结账，需要完整历史',
    ...(github ? [] : ['          token: ${{ secrets.WUZHONG_PUSH_TOKEN || github.token }} # 默认令牌不能推送时，添加有写权限的令牌']),
    ...setupNode,
    '      - name: git identity',
    '        run: |',
    `          git config user.name "${github ? 'github-actions[bot]' : 'wuzhong bot'}"`,
    `          git config user.email "${github ? '41898282+github-actions[bot]@users.noreply.github.com' : 'wuzhong-bot@noreply.localhost'}"`,
    '      - name: wuzhong report',
    `        run: ${RUN} report --push`,
    '',
  ].join('\n');
}

export function githubWorkflow(): string {
  return actionsWorkflow('github');
}

export function giteaWorkflow(): string {
  return actionsWorkflow('gitea');
}

export function gitlabCi(): string {
  const target = '$CI_MERGE_REQUEST_TARGET_BRANCH_NAME';
  return [
    '# wuzhong：合并请求流水线检查清单数据（结果显示为代码质量报告）；定时流水线生成上月月报并提交。',
    '# 运行的是园区仓库里固定的 .wuzhong/wuzhong.mjs（用 wuzhong upgrade 更换），不访问任何软件包仓库，内网可用。',
    `# 镜像 node:${NODE} 取不到时，换成内网镜像仓库中的 Node 镜像（Node 20或更高版本）。`,
    '# 定时：在“构建 → 流水线计划”新建计划，间隔 0 9 6 * *，时区 Asia/Shanghai（每月6日 9:00）。',
    '# 推送：在“设置 → CI/CD → 变量”添加 WUZHONG_PUSH_TOKEN（有 write_repository 权限的项目访问令牌）；',
    '# 受保护分支须允许该令牌推送，见 wuzhong 文档 docs/ci.md“分支保护”。',
    'stages:',
    '  - test',
    '  - deploy',
    '',
    'wuzhong-check:',
    '  stage: test',
    `  image: node:${NODE}`,
    '  rules:',
    '    - if: $CI_PIPELINE_SOURCE == "merge_request_event"',
    '  variables:',
    '    GIT_DEPTH: "0" # --base 需要目标分支的历史',
    '  script:',
    `    - git fetch --quiet origin "+refs/heads/${target}:refs/remotes/origin/${target}" || true`,
    ...checkScript(target, 'gitlab', ' > gl-code-quality-report.json').map((l) => `    - ${l}`),
    '  artifacts:',
    '    when: always',
    '    reports:',
    '      codequality: gl-code-quality-report.json',
    '',
    'wuzhong-report:',
    '  stage: deploy',
    `  image: node:${NODE}`,
    '  rules:',
    '    - if: $CI_PIPELINE_SOURCE == "schedule"',
    '  resource_group: wuzhong-report',
    '  variables:',
    '    GIT_DEPTH: "0" # 已发布月报的提交日期决定哪些月份已结账，需要完整历史',
    '  script:',
    '    - git config user.name "wuzhong bot"',
    '    - git config user.email "wuzhong-bot@noreply.$CI_SERVER_HOST"',
    '    - git checkout -B "$CI_COMMIT_BRANCH" "origin/$CI_COMMIT_BRANCH" # 流水线默认是分离头指针',
    '    # 内网 GitLab 可能是 http 或非标准端口：地址由 GitLab 提供的变量拼出，不写死 https',
    '    - git remote set-url --push origin "$CI_SERVER_PROTOCOL://oauth2:$WUZHONG_PUSH_TOKEN@$CI_SERVER_HOST:$CI_SERVER_PORT/$CI_PROJECT_PATH.git"',
    `    - ${RUN} report --push`,
    '',
  ].join('\n');
}
