<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Background</name>
    <message>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填报中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”不是数字，请输入 0 到分值之间的数，最多两位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} 超过两位小数，请最多保留两位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打分部分 {part} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{department}还有 {missing} 项未打分，全部填完后才能提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>镇街 {town} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{department}的打分表已提交，不能修改；如需更改请先“退回修改”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能在这里更改年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} 年度已存在，请换一个年度</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>部门打分</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>考核方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>镇街设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门打分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加分与否决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果看板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 考核年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建年度…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近打开的数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入年度文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出年度文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有打开的年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据完整，结果为正式结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚缺 {count} 项打分，结果为临时结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到数据库文件 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考核数据库 (*.db);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考核数据库 (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入年度文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度文件 (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取和检查 {name} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库中已有 {year} 年度。用文件中的内容替换它吗？现有的打分和登记将被替换。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入 {year} 年度：{towns} 个镇街，{scores} 条得分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出年度文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已备份到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {version}
镇街年度考核计分、排名、定等与公文输出。
全部数据保存在本机，不联网。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messenger</name>
    <message>
        <source>无法完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewYearDialog</name>
    <message>
        <source>新建考核年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制 {year} 年度的方案和镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内置模板：长寿区 2023 年度指标体系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留空则沿用原标题并替换年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistersTab</name>
    <message>
        <source>加分与否决</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>结果看板</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeTab</name>
    <message>
        <source>考核方案</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>无法打开数据库 {path}：{reason}。该文件不是本程序的数据库或已损坏，请从备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库 {path} 完整性检查未通过（{detail}），请从备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库 {path} 由较新版本的程序创建（结构版本 {found}，本程序支持 {known}），请升级程序后再打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库中没有 {year} 年度。已有年度：{years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库中已有 {year} 年度，未作任何更改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编码 {code} 在 {table} 中不存在</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TownsTab</name>
    <message>
        <source>镇街设置</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{label}编码 {code} 重复（与第 {first} 条相同），编码必须唯一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {value} 超过两位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满分必须大于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按比例评定等次时，等次“{name}”必须设定比例（share）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各等次比例之和为 {total}，不能超过 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按分数线评定等次时，等次“{name}”必须设定最低分（min_score）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等次“{name}”的最低分 {value} 高于上一等次的最低分，等次须从好到差排列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否决等次“{name}”不是已设定的等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打分部分编码 {code} 重复（已用于 {first}），编码必须唯一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二级指标 {code} 所属的一级指标 {category} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二级指标 {code} 的适用镇街 {town} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打分部分 {code} 的责任部门 {department} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否决指标 {code} 的打分部分分值应为 0，现为 {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一级指标“{name}”分值为 {points}，但其下各打分部分合计 {sum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部打分部分合计 {total} 分，与满分 {full} 不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>镇街 {town} 不存在（打分部分 {part}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打分部分 {part} 不存在（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>镇街 {town} 的打分部分 {part} 重复打分（与第 {first} 条相同）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加分记录的镇街 {town} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加分记录的加分类型 {type} 不存在（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加分次数必须至少为 1（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督查评估记录的镇街 {town} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督查评估类型 {type} 不存在（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>被扣分值不能为负数（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一票否决记录的镇街 {town} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一票否决记录引用的指标 {indicator} 不存在（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标 {indicator} 不是否决指标（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打分部分 {part} 属于否决指标，不打分；触发否决请登记一票否决（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二级指标 {indicator} 不适用于镇街 {town}，不能为其打分（打分部分 {part}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>镇街 {town} 打分部分 {part} 的得分 {score} 超出范围 0～{points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扣分 {points} 不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>镇街 {town} 打分部分 {part}：分值 {points} 减去扣分合计 {deducted} 应得 {expected}，但填报得分为 {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少必填字段 {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型错误：应为 {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取值无效，可选值为 {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取值必须为 {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数值不能小于 {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数值不能大于 {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数值必须大于 {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少需要 {detail} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>含有格式不允许的字段 {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>格式错误：应为 {detail}（日期写作 2024-06-28）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取值应为 &quot;all&quot; 或镇街编码列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不符合文件格式：{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是有效的 JSON（{reason}），文件可能不完整或已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件内容不是一个考核年度（应为 JSON 对象）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取文件：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件不是 UTF-8 编码的文本，请选择导出的年度文件（.json）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>无法读写文件 {name}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
