<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="200"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="201"/>
        <source>footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="220"/>
        <source>rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="220"/>
        <location filename="../desktop_app/excel/submission.py" line="291"/>
        <location filename="../desktop_app/excel/submission.py" line="353"/>
        <location filename="../desktop_app/excel/submission.py" line="392"/>
        <location filename="../desktop_app/excel/submission.py" line="415"/>
        <source>town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="220"/>
        <source>rank_in_class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="222"/>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="224"/>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="224"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="224"/>
        <source>normalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="224"/>
        <source>bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="224"/>
        <source>inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="225"/>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="225"/>
        <source>grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="225"/>
        <source>veto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="226"/>
        <location filename="../desktop_app/excel/submission.py" line="354"/>
        <source>remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="225"/>
        <source>adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="176"/>
        <source>with_year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="226"/>
        <source>consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="229"/>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="231"/>
        <source>summary_title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="234"/>
        <source>issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="235"/>
        <source>date_unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="243"/>
        <source>categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="246"/>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="258"/>
        <source>incomplete_mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="266"/>
        <source>veto_mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="272"/>
        <source>explain_adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="276"/>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="281"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="283"/>
        <source>sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="285"/>
        <source>fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="291"/>
        <location filename="../desktop_app/excel/submission.py" line="353"/>
        <location filename="../desktop_app/excel/submission.py" line="392"/>
        <location filename="../desktop_app/excel/submission.py" line="415"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="291"/>
        <source>indicator_category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="291"/>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="291"/>
        <source>part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="291"/>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="292"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="292"/>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="292"/>
        <source>deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="292"/>
        <source>reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="292"/>
        <location filename="../desktop_app/excel/submission.py" line="393"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="296"/>
        <location filename="../desktop_app/excel/submission.py" line="358"/>
        <location filename="../desktop_app/excel/submission.py" line="419"/>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="298"/>
        <source>detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="304"/>
        <source>detail_title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="317"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="353"/>
        <source>bonus_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="353"/>
        <source>unit_points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="353"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="353"/>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="353"/>
        <source>counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="354"/>
        <location filename="../desktop_app/excel/submission.py" line="415"/>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="354"/>
        <location filename="../desktop_app/excel/submission.py" line="415"/>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="360"/>
        <source>bonuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="361"/>
        <source>bonus_title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="373"/>
        <source>town_total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="381"/>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="384"/>
        <location filename="../desktop_app/excel/submission.py" line="410"/>
        <location filename="../desktop_app/excel/submission.py" line="433"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="387"/>
        <source>capped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="392"/>
        <source>inspection_type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="392"/>
        <source>round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="392"/>
        <source>award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="392"/>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="392"/>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="395"/>
        <source>inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="397"/>
        <source>inspection_title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="407"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="407"/>
        <source>awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="415"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="415"/>
        <source>veto_indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="421"/>
        <source>vetoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="422"/>
        <source>veto_title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/models.py" line="84"/>
        <source>{points}（各部分合计 {sum}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/models.py" line="89"/>
        <source>否决指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/models.py" line="90"/>
        <source>{points}（分 {count} 轮，{how}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/models.py" line="92"/>
        <source>取平均</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/models.py" line="92"/>
        <source>累加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/models.py" line="101"/>
        <source>{round} {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/audit/viewer.py" line="63"/>
        <source>审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/audit/viewer.py" line="63"/>
        <source>修改记录：{town} / {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/audit/viewer.py" line="69"/>
        <location filename="../desktop_app/gui/scheme/models.py" line="96"/>
        <source>全部镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/audit/viewer.py" line="71"/>
        <source>全部部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/audit/viewer.py" line="82"/>
        <source>全部操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/audit/viewer.py" line="86"/>
        <source>全部操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/audit/viewer.py" line="91"/>
        <source>起始日期，如 2023-12-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/audit/viewer.py" line="93"/>
        <source>截止日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/audit/viewer.py" line="105"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/audit/viewer.py" line="107"/>
        <source>校验记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/audit/viewer.py" line="136"/>
        <source>共 {count} 条记录（最新的在最后）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/audit/viewer.py" line="141"/>
        <source>导出审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/audit/viewer.py" line="141"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/audit/viewer.py" line="151"/>
        <source>已导出 {count} 条记录到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/audit/viewer.py" line="158"/>
        <source>审计记录完整：{count} 条记录的校验链条无断点，也没有未记入的修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/audit/viewer.py" line="162"/>
        <source>审计记录有 {count} 处问题：
{lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/models.py" line="97"/>
        <source>{count}/{total} 个镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/models.py" line="100"/>
        <source>打分部分 {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="101"/>
        <source>按比例（名额）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="101"/>
        <source>按分数线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="102"/>
        <source>向下取整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="102"/>
        <source>四舍五入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="103"/>
        <source>同分都进入上一等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="103"/>
        <source>同分都留在下一等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="104"/>
        <source>并列占位（1、2、2、4）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="104"/>
        <source>并列不占位（1、2、2、3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="106"/>
        <source>得分低于分值须说明原因（扣分事由或备注），反馈函逐项列出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="108"/>
        <source>受等次限制的镇街腾出的名额由后续镇街递补</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="113"/>
        <source>不分轮次（如分季度考核，填“第一季度、第二季度、第三季度、第四季度”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="114"/>
        <source>平时考核等分轮次打分的，在此按先后列出各轮名称，再在二级指标中选择“分轮次考核”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="117"/>
        <source>不设上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="128"/>
        <source>满分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="129"/>
        <source>加分上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="130"/>
        <source>定等方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="131"/>
        <source>名额取整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="132"/>
        <source>名额边界同分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="133"/>
        <source>名次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="134"/>
        <source>被否决镇街的等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="135"/>
        <source>失分原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="136"/>
        <source>调整指标加分上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="137"/>
        <source>调整指标扣分上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="138"/>
        <source>考核轮次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="140"/>
        <source>等次（从好到差）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="140"/>
        <source>比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="140"/>
        <source>最低分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="141"/>
        <location filename="../desktop_app/gui/scheme/rules.py" line="150"/>
        <source>加分类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="141"/>
        <source>每次分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="143"/>
        <source>督查评估类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="143"/>
        <source>每轮赋分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="145"/>
        <source>调整指标类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="145"/>
        <source>每次分值（正加负减）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="145"/>
        <source>累计上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="149"/>
        <location filename="../desktop_app/gui/scheme/rules.py" line="161"/>
        <source>等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="152"/>
        <source>市级评估结果运用（督查评估类型）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="154"/>
        <source>调整指标（创新加分、违规扣分、负面清单）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="156"/>
        <source>等次限制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="156"/>
        <source>最高等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="156"/>
        <source>依据的调整指标（空：由考核办认定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="158"/>
        <source>等次限制（如存在突出问题的不得评为“好”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="161"/>
        <source>措施（如“予以通报表扬”“进行约谈提醒”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="161"/>
        <source>或等次限制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="163"/>
        <source>结果运用（写入通报和上报表格）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/backups.py" line="60"/>
        <source>自动备份未完成：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/backups.py" line="63"/>
        <source>已自动备份（{reason}）：{time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/backups.py" line="68"/>
        <source>  {year} 年度 {title}：{towns} 个镇街，{scores} 条得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/backups.py" line="70"/>
        <source>  （没有年度）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/backups.py" line="78"/>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/backups.py" line="78"/>
        <source>备份 (*.db);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/backups.py" line="88"/>
        <source>（不是本数据库的自动备份，时间不详）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/backups.py" line="89"/>
        <source>用这个备份替换数据库的全部内容吗？
备份：{path}
时间：{when}
内容：
{years}
替换前会先备份当前内容，需要时可再恢复回来。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/backups.py" line="106"/>
        <source>已从备份恢复。恢复前的内容已备份到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/backups.py" line="113"/>
        <source>备份文件夹（当前：{folder}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/backups.py" line="121"/>
        <source>此后的备份保存在 {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="62"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="63"/>
        <source>须修改初始密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="63"/>
        <source>可用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="68"/>
        <source>新建账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="69"/>
        <source>部门操作员只能录入和提交本部门的打分、导入本部门交回的打分表，其他页面只读；管理员可修改全部数据。这里设定的是初始密码，账户持有人首次登录时须改为自己的密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="82"/>
        <location filename="../desktop_app/gui/accounts/signin.py" line="80"/>
        <location filename="../desktop_app/gui/accounts/signin.py" line="108"/>
        <source>账户名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="83"/>
        <location filename="../desktop_app/gui/accounts/signin.py" line="109"/>
        <source>姓名或称谓：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="84"/>
        <source>角色：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="85"/>
        <source>部门：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="86"/>
        <source>初始密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="86"/>
        <location filename="../desktop_app/gui/accounts/manage.py" line="99"/>
        <source>再次输入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="96"/>
        <source>重设密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="96"/>
        <source>为账户 {name} 设定新的初始密码；该账户下次登录时须改为自己的密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="99"/>
        <source>新的初始密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="110"/>
        <source>账户管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="124"/>
        <source>新建账户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="126"/>
        <source>重设密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="128"/>
        <source>停用 / 启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/manage.py" line="150"/>
        <source>请先选择一个账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/signin.py" line="60"/>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/signin.py" line="75"/>
        <source>登录 — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/signin.py" line="76"/>
        <source>请输入账户名和密码。数据库：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/signin.py" line="81"/>
        <location filename="../desktop_app/gui/accounts/signin.py" line="110"/>
        <source>密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/signin.py" line="82"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/signin.py" line="88"/>
        <source>这是演示数据库：已填入演示账户 {name}（密码 {password}），直接点“登录”即可。正式使用请“新建数据库”，首次打开时设置自己的管理员账户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/signin.py" line="101"/>
        <source>设置管理员 — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/signin.py" line="102"/>
        <source>这个数据库还没有账户。请设置管理员（考核办）的账户和密码：管理员可修改全部数据并为各部门建立账户。密码至少 {length} 个字符，请牢记；忘记后只能由其他管理员重设。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/signin.py" line="107"/>
        <source>如：考核办 张三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/signin.py" line="110"/>
        <source>再次输入密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/signin.py" line="119"/>
        <source>管理员为您设定了初始密码，请先改为只有您知道的密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/signin.py" line="120"/>
        <source>修改账户 {name} 的密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/signin.py" line="121"/>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/signin.py" line="124"/>
        <source>原密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/signin.py" line="125"/>
        <source>新密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/accounts/signin.py" line="125"/>
        <source>再次输入新密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="104"/>
        <location filename="../desktop_app/gui/appeals/tab.py" line="119"/>
        <source>登记申诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="114"/>
        <source>留空为今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="116"/>
        <location filename="../desktop_app/gui/ledger/tab.py" line="67"/>
        <location filename="../desktop_app/gui/ledger/tab.py" line="119"/>
        <location filename="../desktop_app/gui/ledger/tab.py" line="147"/>
        <source>镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="116"/>
        <source>申诉指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="116"/>
        <source>申诉理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="117"/>
        <location filename="../desktop_app/gui/ledger/tab.py" line="122"/>
        <source>佐证材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="117"/>
        <source>申诉日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="120"/>
        <source>撤回所选申诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="129"/>
        <source>所选申诉：佐证文件与复核决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="131"/>
        <location filename="../desktop_app/gui/ledger/tab.py" line="129"/>
        <source>佐证文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="136"/>
        <source>改分时填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="140"/>
        <source>作出复核决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="142"/>
        <source>复核结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="142"/>
        <source>复核后得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="143"/>
        <source>复核意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="57"/>
        <source>牵头或责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="59"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="62"/>
        <source>只看逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="67"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="68"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="98"/>
        <location filename="../desktop_app/gui/ledger/tab.py" line="119"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="117"/>
        <source>销号时填写，留空为今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="119"/>
        <source>问题来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="119"/>
        <source>整改要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="120"/>
        <source>整改措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="120"/>
        <source>责任领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="120"/>
        <location filename="../desktop_app/gui/ledger/tab.py" line="148"/>
        <source>牵头单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="121"/>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="121"/>
        <source>整改时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="121"/>
        <source>完成情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="122"/>
        <source>完成日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="122"/>
        <source>核验人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="123"/>
        <source>核验意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="131"/>
        <source>反馈函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="132"/>
        <source>新增问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="133"/>
        <source>保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="134"/>
        <source>销号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="135"/>
        <source>须填写佐证材料和核验人；完成日期留空为今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="136"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="137"/>
        <source>清空表单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="150"/>
        <source>按镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="150"/>
        <source>按牵头单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="159"/>
        <source>由失分生成问题…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="160"/>
        <source>每个一票否决、市级评估扣分和扣分事由成为一个问题；再次生成只添加新的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="161"/>
        <source>导出台账 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="162"/>
        <source>导入台账 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="163"/>
        <source>整改情况报告 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="25"/>
        <source>管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="26"/>
        <source>部门操作员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="140"/>
        <source>账户名或密码不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="150"/>
        <source>连续输错密码次数过多，账户 {name} 已锁定至 {until}，请稍后再试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="162"/>
        <source>账户 {name} 已停用，请联系管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="181"/>
        <source>此数据库已有管理员，请登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="189"/>
        <source>演示数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="199"/>
        <source>未知的角色 {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="201"/>
        <source>部门操作员须指定一个部门；管理员不属于部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="204"/>
        <source>账户 {name} 已存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="221"/>
        <source>{name} 是唯一可用的管理员，不能停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="228"/>
        <source>请先登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="231"/>
        <source>新密码不能与原密码相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="235"/>
        <source>原密码不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="251"/>
        <source>没有账户 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="262"/>
        <source>账户名须为 1 至 40 个字符，不含空格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/accounts.py" line="268"/>
        <source>密码至少 {length} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="116"/>
        <source>此数据库已设置账户，请先登录再修改数据（命令行请加 --user 账户名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="121"/>
        <source>账户 {name} 已被停用或修改，请重新登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="124"/>
        <source>账户 {name} 须先修改管理员设定的初始密码，才能修改数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="132"/>
        <source>部门账户 {name} 只能录入和提交本部门（{department}）的打分，不能“{action}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustmentPage</name>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="636"/>
        <source> 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="638"/>
        <source>依据（文件名称或文号、情况说明）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="641"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="699"/>
        <source>调整类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="642"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="701"/>
        <source>次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="643"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="703"/>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="644"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="704"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="647"/>
        <source>各镇街计入的调整分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="654"/>
        <source>，累计不超过 {cap} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="655"/>
        <source>{name}（每次 {points} 分{cap}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="662"/>
        <source>加分项合计不超过 {cap} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="664"/>
        <source>扣分项合计不超过 {cap} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="667"/>
        <source>调整指标按次计分：每条记录 = 每次分值 × 次数，正数加分、负数扣分；各类型可设累计上限（如负面清单）；{caps}。调整分与加分分开计算，计入最终得分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="668"/>
        <source>合计不设上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="671"/>
        <source>本年度没有设定调整指标类型。需要时在“考核方案 → 考核规则与类型”中添加（如工作创新加分、违规行为扣分、负面清单）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="698"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="721"/>
        <source>镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="700"/>
        <source>每次分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="702"/>
        <source>记录分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="711"/>
        <source>{name}累计超过上限，按 {counted} 计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="714"/>
        <source>加分项超过上限，按 {cap} 分计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="716"/>
        <source>扣分项超过上限，按 {cap} 分计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="722"/>
        <source>加分项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="723"/>
        <source>扣分项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="724"/>
        <source>计入调整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="725"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appeals</name>
    <message>
        <location filename="../desktop_app/domain/appeals.py" line="15"/>
        <source>待复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/appeals.py" line="16"/>
        <source>维持原分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/appeals.py" line="17"/>
        <source>改分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="33"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="33"/>
        <source>镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="34"/>
        <source>申诉指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="34"/>
        <source>申诉理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="35"/>
        <source>申诉日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="35"/>
        <source>复核结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="36"/>
        <source>原得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="36"/>
        <source>复核后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/appeals.py" line="35"/>
        <source>第 {id} 号申诉已被撤回或删除（可能在另一窗口中），请刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/appeals.py" line="49"/>
        <source>申诉日期“{value}”不是日期（如 2024-03-10）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/appeals.py" line="51"/>
        <source>申诉日期 {filed} 晚于今天，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/appeals.py" line="55"/>
        <source>镇街 {town} 不在本年度的镇街中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/appeals.py" line="57"/>
        <source>打分部分 {part} 不是{town}的打分项目，不能申诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/appeals.py" line="60"/>
        <source>请填写申诉理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/appeals.py" line="63"/>
        <source>申诉期已于 {deadline} 截止，{filed} 提出的申诉不再受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/appeals.py" line="74"/>
        <source>复核结论只能是维持原分或改分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/appeals.py" line="76"/>
        <source>请填写复核意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/appeals.py" line="80"/>
        <source>第 {id} 号申诉已经复核，不能再次复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/appeals.py" line="88"/>
        <source>改分须填写复核后的得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/appeals.py" line="91"/>
        <source>复核后的得分与原得分相同（{score}），请选“维持原分”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/appeals.py" line="107"/>
        <source>第 {id} 号申诉已经复核，不能撤回</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealsTab</name>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="185"/>
        <source>申诉截止日期：{date}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="186"/>
        <source>未设申诉截止日期（在“公文输出 → 反馈函”中设置）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="187"/>
        <source>共 {count} 件申诉，{pending} 件待复核（黄色）；有待复核的申诉时，考核结果为草稿。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="243"/>
        <source>撤回第 {id} 号申诉？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="244"/>
        <source>撤回申诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="254"/>
        <source>将{town}“{indicator}”的得分改为 {score}，并记入申诉复核。确定吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/appeals/tab.py" line="257"/>
        <source>申诉改分</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../desktop_app/gui/app.py" line="93"/>
        <source>程序遇到意外错误，刚才的操作没有完成，已保存的数据不受影响。
错误：{error}
详细信息已记录在 {log}，请将该文件提供给技术支持。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/common/window_lock.py" line="38"/>
        <source>数据库 {path} 已在另一个窗口中打开（计算机 {host}，进程号 {pid}）。同一个数据库一次只能在一个窗口中打开：请切换到那个窗口，或将其关闭后再打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/common/window_lock.py" line="42"/>
        <source>无法在数据库所在的文件夹 {folder} 中建立锁文件，该文件夹可能是只读的或已满。请把数据库放到可以写入的文件夹后再打开。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../desktop_app/gui/common/attachments.py" line="34"/>
        <source>添加…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/common/attachments.py" line="35"/>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/common/attachments.py" line="36"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/common/attachments.py" line="60"/>
        <source>{name}（{size} KB，{who}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/common/attachments.py" line="81"/>
        <source>添加佐证材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/common/attachments.py" line="106"/>
        <source>删除佐证材料“{name}”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/common/attachments.py" line="107"/>
        <source>删除佐证材料</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../desktop_app/domain/follow_up.py" line="28"/>
        <source>“{name}”不是有效的文件名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/follow_up.py" line="31"/>
        <source>“{name}”不是可作佐证材料的文件类型。可添加 PDF、图片（JPG、PNG 等）、Word、Excel、PowerPoint、WPS、OFD、文本或 ZIP 文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/follow_up.py" line="35"/>
        <source>“{name}”有 {size} MB，超过每个佐证文件 {limit} MB 的上限。请压缩或拆分后再添加。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/attachments.py" line="76"/>
        <source>无法读取“{name}”：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/attachments.py" line="105"/>
        <source>佐证材料所属的“{owner}”不存在（可能已被删除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/attachments.py" line="116"/>
        <location filename="../desktop_app/services/attachments.py" line="123"/>
        <source>佐证文件已被删除（可能在另一窗口中）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../desktop_app/services/audit.py" line="17"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="17"/>
        <source>等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="18"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="18"/>
        <source>指标类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="19"/>
        <source>镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="19"/>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="20"/>
        <source>指标适用镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="20"/>
        <source>打分部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="21"/>
        <source>得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="21"/>
        <source>扣分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="22"/>
        <source>加分类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="22"/>
        <source>评估类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="23"/>
        <location filename="../desktop_app/services/base.py" line="20"/>
        <source>加分登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="23"/>
        <source>市级评估登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="24"/>
        <location filename="../desktop_app/services/base.py" line="22"/>
        <source>一票否决登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="24"/>
        <source>打分表提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="25"/>
        <source>审定记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="25"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="26"/>
        <source>电子印章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="26"/>
        <source>数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="27"/>
        <source>账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="28"/>
        <source>镇街类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="28"/>
        <source>调整指标类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="29"/>
        <location filename="../desktop_app/services/base.py" line="23"/>
        <source>调整指标登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="29"/>
        <source>等次限制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="30"/>
        <location filename="../desktop_app/services/base.py" line="24"/>
        <source>等次限制认定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="32"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="32"/>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="33"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="33"/>
        <source>使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="34"/>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="80"/>
        <source>（{rows} 行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="85"/>
        <source>  理由：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="185"/>
        <source>第 {id} 条记录的内容与其校验值不符：已被改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="186"/>
        <source>第 {id} 条记录之前的记录缺失或被替换：链条在此断开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/audit.py" line="187"/>
        <source>有其他程序所作、尚未记入审计记录的修改（下次写入时将记为“其他程序的修改”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="13"/>
        <source>导入年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="14"/>
        <source>新建年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="15"/>
        <source>录入得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="16"/>
        <source>清除得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="17"/>
        <source>成批录入得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="18"/>
        <source>成批清除得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="19"/>
        <source>撤销或重做打分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="21"/>
        <source>市级评估结果登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="25"/>
        <source>通报设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="26"/>
        <source>修改方案或镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="27"/>
        <source>撤销或重做方案修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="28"/>
        <source>提交打分表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="29"/>
        <source>退回打分表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="30"/>
        <source>未经提交计为已提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="31"/>
        <source>审定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="32"/>
        <source>重新打开年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="33"/>
        <source>设置字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="34"/>
        <source>设置电子印章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="35"/>
        <source>删除电子印章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="36"/>
        <source>设置印章大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="37"/>
        <source>使用电子印章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="38"/>
        <source>设置备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="39"/>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="40"/>
        <source>其他程序的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="41"/>
        <source>首次设置管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="42"/>
        <source>新建账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="43"/>
        <source>修改账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="44"/>
        <source>重设密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="45"/>
        <source>修改本人密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="46"/>
        <source>登录失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="47"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="48"/>
        <source>生成打分表签名密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="49"/>
        <source>由失分生成整改问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="50"/>
        <source>新增整改问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="51"/>
        <source>修改整改问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="52"/>
        <source>整改问题销号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="53"/>
        <source>删除整改问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="54"/>
        <source>反馈函送达整改问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="55"/>
        <source>导入整改台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="56"/>
        <source>添加佐证材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="57"/>
        <source>删除佐证材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="58"/>
        <source>登记申诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="59"/>
        <source>申诉复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="60"/>
        <source>撤回申诉</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWorkbook</name>
    <message>
        <location filename="../desktop_app/excel/audit.py" line="12"/>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/audit.py" line="12"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/audit.py" line="13"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/audit.py" line="13"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/audit.py" line="14"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/audit.py" line="14"/>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/audit.py" line="15"/>
        <source>键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/audit.py" line="15"/>
        <source>变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/audit.py" line="16"/>
        <source>原值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/audit.py" line="16"/>
        <source>新值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/audit.py" line="17"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/audit.py" line="17"/>
        <source>行数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/audit.py" line="32"/>
        <source>审计记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../desktop_app/gui/common/background.py" line="58"/>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../desktop_app/services/backups.py" line="28"/>
        <source>启动时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/backups.py" line="29"/>
        <source>定时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/backups.py" line="30"/>
        <source>导入前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/backups.py" line="31"/>
        <source>审定前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/backups.py" line="32"/>
        <source>恢复前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/backups.py" line="33"/>
        <source>手动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/backups.py" line="78"/>
        <source>备份文件夹 {folder} 无法写入：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/backups.py" line="99"/>
        <source>无法在 {folder} 中写入备份：{reason}。数据库本身未受影响。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BonusPage</name>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="336"/>
        <source> 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="339"/>
        <source>同一成果获得多级表彰时，各条记录填同一个成果名称，只按最高一级计分（就高不就低）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="340"/>
        <source>同一成果多级表彰时填写，如“乡村旅游示范”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="344"/>
        <source>文件名称或文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="341"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="424"/>
        <source>加分类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="342"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="426"/>
        <source>次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="343"/>
        <source>成果（就高不就低）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="430"/>
        <source>佐证材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="431"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="348"/>
        <source>各镇街计入的加分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="355"/>
        <source>{name}（每次 {points} 分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="361"/>
        <source>加分按成果计：每条记录的分值 = 每次分值 × 次数；同一成果多级表彰只计最高一条（就高不就低）；各镇街加分累计不超过 {cap} 分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="403"/>
        <source>不计（就高不就低：同一成果已按更高一级计）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="405"/>
        <source>计入（该镇街合计 {total}，超过上限按 {cap} 计）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="407"/>
        <source>计入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="423"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="447"/>
        <source>镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="425"/>
        <source>每次分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="427"/>
        <source>成果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="428"/>
        <source>记录分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="429"/>
        <source>计入情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="440"/>
        <source>就高不就低：{count} 条不计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="442"/>
        <source>超过上限 {cap} 分，按上限计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="448"/>
        <source>成果合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="449"/>
        <source>计入加分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="450"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <location filename="../desktop_app/gui/results/charts.py" line="213"/>
        <source>{name}({points}分)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/charts.py" line="228"/>
        <source>{name} · {category}：{value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="141"/>
        <source>编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="142"/>
        <source>一级指标名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="143"/>
        <source>分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="157"/>
        <source>其下各打分部分合计 {sum} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="158"/>
        <source>，与分值 {points} 不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="164"/>
        <source>一级指标改名为“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="169"/>
        <source>一级指标分值改为 {points}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="43"/>
        <source>当前单元格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="61"/>
        <source>镇街：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="62"/>
        <source>打分部分：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="63"/>
        <source>分值：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="64"/>
        <source>得分：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="65"/>
        <source>镇街结果：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="68"/>
        <source>逐项扣分（得分 = 分值 − 扣分合计，不低于 0）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="84"/>
        <source>添加扣分项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="85"/>
        <source>删除扣分项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="98"/>
        <source>备注：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="100"/>
        <source>佐证材料：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="125"/>
        <source>在左侧表格中选择一个单元格。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="130"/>
        <source>{points} 分（允许范围 0～{range}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="133"/>
        <source>不适用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="135"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="139"/>
        <source>原始得分 {raw} · 最终得分 {final} · 第 {rank} 名 · {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="143"/>
        <source>（尚缺 {count} 项，临时结果）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="157"/>
        <source>离开输入框即保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="157"/>
        <source>先填写得分，再加备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="159"/>
        <source>已提交，只读。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="161"/>
        <source>该指标不适用于此镇街，不打分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="163"/>
        <source>扣分项填完原因和扣分后立即保存，得分随之更新；可撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="175"/>
        <source>填写扣分原因和扣分，填完即保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="196"/>
        <source>请填写每一项的扣分原因和扣分；填完后自动保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="206"/>
        <source>{town} / {part}：逐项扣分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/panel.py" line="215"/>
        <source>{town} / {part}：备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeductionModel</name>
    <message>
        <location filename="../desktop_app/gui/entry/models.py" line="314"/>
        <source>扣分原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/models.py" line="314"/>
        <source>扣分</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentProgressPanel</name>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="88"/>
        <source>全年已录入 {entered} / {total} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="96"/>
        <source>无打分项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="101"/>
        <source>{department}：已录入 {entered} 项，共 {total} 项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../desktop_app/documents/blocks.py" line="214"/>
        <source>抄送机关太多，版记在一页内排不下，请精简抄送机关。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/common.py" line="59"/>
        <source>“{title}”排版失败：有内容大于一页，无法排入版心（{detail}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/names.py" line="11"/>
        <source>仿宋（正文）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/names.py" line="12"/>
        <source>小标宋（发文机关标志、标题）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/names.py" line="13"/>
        <source>黑体（一级标题）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/names.py" line="14"/>
        <source>楷体（二级标题）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/names.py" line="15"/>
        <source>宋体（页码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/fonts.py" line="168"/>
        <source>字体文件 {path} 无法使用：{reason}。请在“字体”设置中换用 TrueType 字体，或清除该设置以使用随程序提供的字体。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/fonts.py" line="172"/>
        <source>无法读取字体文件 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/fonts.py" line="210"/>
        <source>{where}中的字“{char}”（U+{code}）在字体 {font} 中没有字形，无法印出。请改用常用字，或在“字体”设置中换用包含该字的字体。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/fonts.py" line="214"/>
        <source>{where}中的字“{char}”（U+{code}）在字体 {font} 和后备字体 {fallback} 中都没有字形，无法印出。请改用常用字，或在“字体”设置中换用包含该字的字体。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/layout.py" line="662"/>
        <source>{where}的列太多或内容太宽，版心内排不下。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/letter.py" line="327"/>
        <source>请先填写反馈函的署名单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/letter.py" line="380"/>
        <location filename="../desktop_app/documents/rectification.py" line="93"/>
        <source>镇街 {town} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/notice.py" line="175"/>
        <source>请先填写发文机关标志（发文机关名称）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/notice.py" line="178"/>
        <source>请先填写发文字号，如 长委办发〔2024〕3号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/score_sheet.py" line="71"/>
        <source>部门 {department} 不存在。可用的部门编码：{codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/score_sheet.py" line="77"/>
        <source>{department}没有需要打分的部分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/seal.py" line="27"/>
        <source>印章图片太大（超过 8 MB），请压缩后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/seal.py" line="31"/>
        <source>印章图片必须是 PNG 格式（透明背景）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/seal.py" line="35"/>
        <source>无法读取印章图片，请选择透明背景的 PNG 文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/seal.py" line="37"/>
        <source>印章图片太小（{width}×{height} 像素），请使用至少 300×300 像素的图片。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/texts.py" line="37"/>
        <source>日期“{text}”无法识别，请写成 2024-06-28 或 2024年6月28日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/texts.py" line="322"/>
        <source>标题“{text}”无法排成行，请手动分行（在标题中换行）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="60"/>
        <source>打印机无法开始打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/years.py" line="119"/>
        <source>发文字号“{number}”已用于 {other} 年度的通报，请换一个文号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/coverage.py" line="25"/>
        <source>“{text}”中的{chars}在字体 {fonts} 和后备字体 {fallback} 中都没有字形，印入公文时会被拒绝。请改用常用字，或在“字体”设置中换用包含该字的字体。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/coverage.py" line="28"/>
        <source>“{text}”中的{chars}在公文的各个字体和后备字体 {fallback} 中都没有字形，印入公文时会被拒绝。请改用常用字，或在“字体”设置中换用包含该字的字体。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/documents/rectification.py" line="87"/>
        <source>请先填写反馈函的署名单位（报告署名）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="99"/>
        <source>通报文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="100"/>
        <source>反馈函文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="101"/>
        <source>印章与字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="102"/>
        <source>保存文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="103"/>
        <source>把以上文字随本年度保存（另存年度文件时一并导出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="105"/>
        <source>恢复默认文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="119"/>
        <location filename="../desktop_app/gui/documents/tab.py" line="570"/>
        <source>考核结果通报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="120"/>
        <source>镇街考核结果反馈函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="121"/>
        <source>部门量化考评打分表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="125"/>
        <location filename="../desktop_app/gui/documents/tab.py" line="592"/>
        <source>草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="126"/>
        <source>带“草稿”水印；年度数据不完整时总是草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="127"/>
        <source>加盖电子印章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="128"/>
        <source>默认留出盖章位置，打印后手工盖章；勾选后每次使用都会请您确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="129"/>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="131"/>
        <source>另存为…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="133"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="135"/>
        <source>批量导出反馈函…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="193"/>
        <source>发文机关标志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="193"/>
        <source>每行一个发文机关；联合行文写多行，主办机关在前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="194"/>
        <source>后加“文件”二字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="197"/>
        <location filename="../desktop_app/gui/documents/tab.py" line="218"/>
        <source>发文字号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="197"/>
        <source>如 长委办发〔2024〕3号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="198"/>
        <location filename="../desktop_app/gui/documents/tab.py" line="217"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="198"/>
        <source>可在需要处换行，否则自动分行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="199"/>
        <source>主送机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="200"/>
        <source>辖区称谓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="200"/>
        <source>如 全区、全县、全市；留空则按发文机关名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="201"/>
        <source>开头（依据和方法）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="202"/>
        <source>表扬后续语</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="203"/>
        <source>有关要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="203"/>
        <source>每段一行；以“（一）”开头的段落标题用楷体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="204"/>
        <source>附件名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="205"/>
        <source>署名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="205"/>
        <source>每行一个；留空则与发文机关相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="206"/>
        <source>成文日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="207"/>
        <source>附注（联系人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="207"/>
        <source>联系人：某某；联系电话：……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="208"/>
        <source>抄送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="209"/>
        <source>印发机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="210"/>
        <source>印发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="210"/>
        <source>留空则同成文日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="216"/>
        <location filename="../desktop_app/gui/documents/tab.py" line="243"/>
        <source>署名单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="217"/>
        <source>留空则为“关于反馈{镇街名称}……考核结果的函”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="218"/>
        <source>如 长乡振函〔2024〕{序号}号；留空则编在通报字号下</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="219"/>
        <source>整改期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="219"/>
        <source>留空则为成文日期后 90 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="220"/>
        <source>申诉截止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="220"/>
        <source>留空则为收到反馈函之日起 10 个工作日内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="221"/>
        <source>整改要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="222"/>
        <source>反馈函的得分、排名、等次、扣分原因和需整改的问题都取自计分结果，无需填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="231"/>
        <source>电子印章（可选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="236"/>
        <source>导入印章图片…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="238"/>
        <source>删除印章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="246"/>
        <source>透明背景的 PNG，由管理员导入并保存在数据库中，打印时一律为红色。不导入时文件留出印章位置，打印后手工盖章。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="253"/>
        <source>字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="259"/>
        <source>留空：用本机已安装的标准字体，没有则用随程序提供的字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="266"/>
        <source>保存字体设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="297"/>
        <source>没有打开的年度。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="303"/>
        <source>{state}：可输出正式文件，页脚印数据指纹 {fingerprint}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="307"/>
        <source>……共 {count} 项，见“结果看板”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="308"/>
        <source>草稿：只能输出带“草稿”水印的文件，文件名含 draft。尚未满足：{conditions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="316"/>
        <source>反馈函：每项失分都有扣分原因或说明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="320"/>
        <source>等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="322"/>
        <source>反馈函：{towns}共 {town_count} 个镇街有 {count} 项失分未说明原因，函中将写明“责任单位未说明失分原因”；请责任单位在打分表中补填扣分原因或备注。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="368"/>
        <source>{year} 年度的公文文字已修改但尚未保存。保存吗？（选“否”放弃这些修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="369"/>
        <source>保存公文文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="412"/>
        <source>文字已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="459"/>
        <source>设置的字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="459"/>
        <source>本机字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="459"/>
        <source>随程序提供</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="461"/>
        <source>使用：{file}（{origin}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="469"/>
        <source>已保存电子印章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="471"/>
        <source>未设置电子印章（文件中留出盖章位置）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="487"/>
        <source>请先选择或填写印章对应的署名单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="489"/>
        <source>导入电子印章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="489"/>
        <source>PNG 图片 (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="500"/>
        <source>删除“{name}”的电子印章吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="509"/>
        <source>找不到字体文件 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="532"/>
        <source>“{names}”没有保存电子印章，文件将留出盖章位置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="536"/>
        <source>将在{what}上加盖“{names}”的电子印章。确认使用电子印章吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="571"/>
        <source>{target}的{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="592"/>
        <source>正式版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="593"/>
        <source>{title}：{pages} 页，{state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="615"/>
        <source>保存 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="616"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="629"/>
        <source>已保存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="645"/>
        <source>已送打印：{pages} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="654"/>
        <source>选择保存反馈函的文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="658"/>
        <source>全部反馈函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="685"/>
        <source>正在生成 {count} 份反馈函 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/documents/tab.py" line="691"/>
        <source>已生成 {count} 份反馈函，保存在 {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <location filename="../desktop_app/services/session.py" line="30"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="31"/>
        <source>填报中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="32"/>
        <source>已提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="54"/>
        <source>“{text}”不是数字，请输入 0 到分值之间的数，最多两位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="56"/>
        <source>{value} 超过两位小数，请最多保留两位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="111"/>
        <location filename="../desktop_app/services/session.py" line="269"/>
        <source>打分部分 {part} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="179"/>
        <source>{year} 年度已经审定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="181"/>
        <source>{year} 年度还不能审定，尚有 {count} 项条件未满足：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="193"/>
        <source>重新打开已审定的年度须说明理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="196"/>
        <source>{year} 年度未审定，无需重新打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="204"/>
        <source>未经部门提交而计为已提交，须说明理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="213"/>
        <source>{year} 年度没有编码为 {department} 的部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="224"/>
        <source>{department}还有 {missing} 项未打分，全部填完后才能提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="237"/>
        <source>{department}还有 {missing} 项未打分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="241"/>
        <source>有 {count} 个部门的打分表没有填完，均未提交：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="272"/>
        <source>镇街 {town} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="274"/>
        <source>{department}的打分表已提交，不能修改；如需更改请先“退回修改”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="280"/>
        <source>{town}“{indicator}”的扣分项没有填写扣分事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="286"/>
        <source>{town}“{indicator}”得分 {score}，低于分值 {points}。本年度要求说明失分原因：请在右侧“扣分项”中填写扣分事由和扣分，或填写备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="390"/>
        <source>这部分数据在您修改期间已被另一处（另一窗口或命令行）更改，本次修改未保存。画面已按最新数据显示，请核对后再改一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/session.py" line="443"/>
        <source>不能在这里更改年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/years.py" line="98"/>
        <source>{year} 年度已存在，请换一个年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="46"/>
        <source>日期“{text}”无法识别，请按 2024-05-10 的格式填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="325"/>
        <source>请选择镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="388"/>
        <source>请选择加分类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="501"/>
        <source>请选择督查评估类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="506"/>
        <source>请填写该轮区被扣的分值（大于 0）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="599"/>
        <source>请填写否决原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="683"/>
        <source>请选择调整类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="765"/>
        <source>请选择等次限制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="768"/>
        <source>请写明认定理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/paste.py" line="65"/>
        <source>粘贴内容第 {row} 行第 {column} 列“{value}”：超出表格范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/paste.py" line="71"/>
        <source>该指标不适用于此镇街，不打分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/base.py" line="138"/>
        <source>{year} 年度已审定，数据只读；如需修改，请先“重新打开”该年度并说明理由</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryGridModel</name>
    <message>
        <location filename="../desktop_app/gui/entry/models.py" line="150"/>
        <source>“{indicator}”不适用于{town}，不打分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/models.py" line="151"/>
        <source>{town} / {part}：允许范围 0～{points}，最多两位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/models.py" line="156"/>
        <source>扣分：{reason} {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/models.py" line="158"/>
        <source>备注：{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/models.py" line="161"/>
        <source>需修改：{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/models.py" line="163"/>
        <source>已提交，只读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/models.py" line="189"/>
        <source>{name}
{code}（{points}分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/models.py" line="192"/>
        <source>{code} {name}：{points} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/models.py" line="195"/>
        <source>分轮次考核：全年得分取各轮{how}，不超过 {points} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/models.py" line="196"/>
        <source>平均（保留两位小数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/models.py" line="196"/>
        <source>之和</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/models.py" line="199"/>
        <source>方式：{method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/models.py" line="203"/>
        <source>仅适用于部分镇街（{count} 个）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntrySheets</name>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="46"/>
        <source>导入回收的打分表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="47"/>
        <source>导入部门填好交回的 Excel 打分表：先检查并预览变化，确认后一次写入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="49"/>
        <source>导出本部门空白打分表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="51"/>
        <source>导出全部部门空白打分表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="105"/>
        <source>导出空白打分表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="61"/>
        <source>导出 Excel 空白打分表，发给不能来现场的部门填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="58"/>
        <source>导出空白打分表 ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="107"/>
        <source>Excel 工作簿 ({pattern})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="117"/>
        <source>已导出{department}的空白打分表：
{path}
发给该部门填写；交回后点“导入回收的打分表”导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="126"/>
        <source>选择保存全部部门打分表的文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="137"/>
        <source>文件夹中已有 {count} 个同名的打分表（如 {name}）。覆盖它们吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="138"/>
        <source>覆盖文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="146"/>
        <source>正在导出各部门打分表 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="151"/>
        <source>已导出 {count} 个部门的空白打分表到：
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="158"/>
        <source>导入回收的打分表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="159"/>
        <source>Excel 工作簿 ({pattern});;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="191"/>
        <source>正在读取和检查 {name} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="199"/>
        <source>{department}的打分表已提交（只读）。要先把它退回修改，再导入这份打分表吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="200"/>
        <source>退回修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="209"/>
        <source>{name} 与现有得分完全相同（{summary}），没有需要导入的变化。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="219"/>
        <source>导入打分表 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="227"/>
        <source>已导入{department}打分表 {name}：新增 {new} 项，修改 {changed} 项，未变 {unchanged} 项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="231"/>
        <source>（可一步撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="237"/>
        <source>未导入任何数据：
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheets.py" line="241"/>
        <source>无法读取该文件：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="166"/>
        <source>提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="167"/>
        <source>全部填完后提交；提交后打分表只读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="169"/>
        <location filename="../desktop_app/gui/entry/tab.py" line="779"/>
        <source>退回修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="170"/>
        <source>把已提交的打分表退回，重新可以修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="172"/>
        <source>计为已提交…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="173"/>
        <source>部门未提交打分表而需出正式结果时：由考核办计为已提交，须说明理由，理由随年度保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="183"/>
        <source>打分部门：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="198"/>
        <source>已提交，只读。如需修改，请点“退回修改”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="217"/>
        <source>复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="218"/>
        <source>粘贴（从 Excel）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="219"/>
        <source>清除所选得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="220"/>
        <source>这一格的修改记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="234"/>
        <source>斜体：有扣分项或备注&#x3000;浅黄：未填&#x3000;灰色“—”：不适用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="369"/>
        <source>没有打开的年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="380"/>
        <source>{name}&#x3000;{status} {entered}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="425"/>
        <source>本年度没有打分部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="437"/>
        <source>已提交（{time}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="440"/>
        <source>{status}（已填完，可提交）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="441"/>
        <source>状态：{status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="442"/>
        <source>已填 {entered} / 共 {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="443"/>
        <source>每次输入即时保存，结果看板和各页随之自动更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="469"/>
        <source>{town} / {part}：不适用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="471"/>
        <source>{town} / {part}：允许范围 0～{points}。每次输入即时保存，结果自动更新。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="497"/>
        <source>未保存：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="511"/>
        <source>您的账户只能录入{own}的打分；{department}的打分表只读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="514"/>
        <source>{year} 年度已审定，数据只读；如需修改，请先在“结果看板”重新打开该年度并说明理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="516"/>
        <source>{department}的打分表已提交，只读；如需修改请先“退回修改”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="570"/>
        <location filename="../desktop_app/gui/entry/tab.py" line="740"/>
        <source>清除 {town} / {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="586"/>
        <source>本年度要求说明失分原因。{town}“{indicator}”得 {score} 分，失 {lost} 分，请填写扣分事由（记为一项扣分，反馈函中列出）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="589"/>
        <source>失分原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="591"/>
        <source>未保存：得分低于分值，须说明失分原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="595"/>
        <source>{town} / {part}：{before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="603"/>
        <source>{town} / {part} 有 {count} 项扣分（{items}）。改写得分将删除这些扣分项及其原因，反馈函中也不再列出。确定吗？（可以撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="608"/>
        <source>所选单元格中有 {cells} 格带有逐项扣分（共 {count} 项），清除将一并删除这些扣分项及其原因。确定吗？（可以撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="611"/>
        <source>删除扣分项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="613"/>
        <source>未修改：扣分项保留</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="664"/>
        <source>粘贴未写入任何数据，以下 {count} 处有误：
{list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="672"/>
        <source>粘贴的数值与现有得分相同，没有变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="677"/>
        <source>粘贴 {count} 个得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="684"/>
        <source>已粘贴 {count} 个得分（可一步撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="742"/>
        <source>清除 {count} 个得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="757"/>
        <source>{department}的打分表已提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="767"/>
        <source>{department}未提交打分表。计为已提交的理由（随年度保存，结果看板列出）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="768"/>
        <source>计为已提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="778"/>
        <source>把{department}已提交的打分表退回修改吗？退回后可以再次修改，改完需重新提交。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../desktop_app/excel/layout.py" line="30"/>
        <location filename="../desktop_app/excel/submission.py" line="76"/>
        <source>得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/layout.py" line="31"/>
        <location filename="../desktop_app/excel/submission.py" line="78"/>
        <source>扣分事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/layout.py" line="32"/>
        <source>扣分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/layout.py" line="33"/>
        <location filename="../desktop_app/excel/submission.py" line="57"/>
        <location filename="../desktop_app/excel/submission.py" line="79"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="44"/>
        <source>{year}年度考核反馈问题整改台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="45"/>
        <source>填写说明：1. 每行一个问题，可修改各栏内容；“完成情况”填 待整改、整改中、待核验 或 已销号，销号须填完成日期、佐证材料和核验人。2. 日期填 2024-06-30 或 2024年6月30日。3. 新问题在表格下方空行中填写（至少填镇街和问题）；删除行不会删除台账中的问题。4. 请勿改动表头和隐藏的 A、B 列，填好后在“整改台账”页导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="49"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="50"/>
        <source>反馈函（文号、日期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="51"/>
        <source>这不是本程序导出的整改台账（缺少识别信息）。请先在“整改台账”页导出台账，在其中填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="52"/>
        <source>工作簿中有 {count} 张整改台账（{sheets}），一次只能导入一张。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="53"/>
        <source>整改台账的识别信息已损坏（年度），请重新导出台账。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="54"/>
        <source>这是 {found} 年度的整改台账，当前打开的是 {year} 年度。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="55"/>
        <source>找不到整改台账的列标识行，表头可能被改动。请重新导出台账。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="56"/>
        <source>缺少“{field}”列，表头可能被改动。请重新导出台账。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="57"/>
        <source>工作表超过 {limit} 行，可能在表格下方粘贴了大量内容。请删除多余的行后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="58"/>
        <source>隐藏的问题编号“{value}”已损坏，请重新导出台账。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="59"/>
        <source>第 {id} 号问题不在 {year} 年度的台账中（可能已被删除），请重新导出台账。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="60"/>
        <source>第 {id} 号问题的行重复（第一次在第 {first} 行）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="61"/>
        <source>第 {id} 号问题在导出台账之后已在程序中被修改，为免覆盖，本行未读取。请重新导出台账后再改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="62"/>
        <source>镇街“{name}”不是 {year} 年度的镇街。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="63"/>
        <source>第 {id} 号问题属于{expected}，不能改为“{name}”；其他镇街的问题请另起一行填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="64"/>
        <source>问题来源“{value}”不是可选的来源（{choices}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="65"/>
        <source>完成情况“{value}”不是可选的状态（{choices}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="66"/>
        <source>这里是公式“{value}”，请直接填写内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="67"/>
        <source>“{value}”不是日期，请填 2024-06-30 或 2024年6月30日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="68"/>
        <source>台账中没有任何修改或新问题。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="69"/>
        <source>本行显示的编号“{shown}”与隐藏的问题编号 {id} 不符：表格可能只排序或移动了可见的列。请重新导出台账，排序时连同隐藏列一起排序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="71"/>
        <source>这一新问题与{where}的问题相同（同一镇街、同一问题），可能已经导入过。如确是另一个问题，请改写问题描述。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="95"/>
        <source>整改台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="183"/>
        <location filename="../desktop_app/excel/returned.py" line="44"/>
        <source>无法读取文件：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="45"/>
        <source>文件设有打开密码（已加密），无法读取。请在 Excel 中打开后，于“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清除密码并保存，再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="47"/>
        <source>这是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="48"/>
        <source>不是 Excel 工作簿（.xlsx）文件，可能只是改了扩展名。请导入由本程序导出、部门填写后交回的 .xlsx 文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/ledger.py" line="186"/>
        <location filename="../desktop_app/excel/ledger.py" line="216"/>
        <location filename="../desktop_app/excel/returned.py" line="49"/>
        <source>Excel 工作簿已损坏或格式不受支持（{reason}），无法读取。请让部门重新保存后交回。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="50"/>
        <source>工作表是空的，没有任何内容。请导入由本程序导出、部门填写后交回的打分表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="51"/>
        <source>这不是本程序导出的打分表（缺少识别信息）。请先在“部门打分”页导出空白打分表，让部门在其中填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="52"/>
        <source>打分表的识别信息已损坏（{what}），无法确定所属年度和部门。请重新导出空白打分表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="53"/>
        <source>找不到打分表的列标识行，表头可能被改动。请重新导出空白打分表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="54"/>
        <source>这是 {found} 年度的打分表，当前是 {expected} 年度，不能导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="55"/>
        <source>这是 {year} 年度的打分表，数据库中没有该年度（已有年度：{years}），不能导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="56"/>
        <source>打分表所属部门（编码 {code}）不在 {year} 年度的部门中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="57"/>
        <source>这是{found}的打分表，当前选择的是{expected}。请先选择{found}再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="58"/>
        <source>这份打分表的隐藏标识没有本数据库的签名（由其他数据库或旧版本导出，或隐藏单元格被改动），不能导入。请从本程序重新导出空白打分表给{department}填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="60"/>
        <source>表头写的是“{heading}”，隐藏标识却是{department}的打分表，二者不一致，不能导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="61"/>
        <source>导出此表之后，{year} 年度的考核方案（指标、分值、部门、镇街或适用范围）已经更改，表中的列可能已对不上。请重新导出空白打分表，让{department}在新表中填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="63"/>
        <source>{department}的打分表已提交（只读），不能导入。请考核办先在“部门打分”页点“退回修改”，再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="64"/>
        <source>列标识“{code}”不是本表应有的列（打分部分不存在或不属于{department}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="65"/>
        <source>列标识“{code}”重复出现（第一次在 {first}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="66"/>
        <source>缺少打分部分 {part}（{name}）的“{field}”列。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="67"/>
        <source>镇街“{name}”不是 {year} 年度{department}需要打分的镇街。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="68"/>
        <source>本行的镇街名称“{name}”与该行的镇街（{expected}）不符，行可能被移动或改写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="69"/>
        <source>镇街“{name}”的行重复（第一次在第 {first} 行）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="70"/>
        <source>缺少镇街“{name}”的行（可能被删除）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="71"/>
        <source>“{value}”不是数字。请填写 0 到 {points} 之间的数，最多两位小数（{indicator}，{town}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="72"/>
        <source>这里是公式“{value}”，请直接填写数值（{indicator}，{town}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="73"/>
        <source>{value} 超过两位小数，请最多保留两位小数（{indicator}，{town}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="74"/>
        <source>{value} 超过该项分值 {points} 分（{indicator}，{town}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="75"/>
        <source>{value} 不能为负数，得分范围 0～{points}（{indicator}，{town}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="76"/>
        <source>扣分“{value}”不是数字（{indicator}，{town}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="77"/>
        <source>扣分 {value} 超过两位小数（{indicator}，{town}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="78"/>
        <source>扣分 {value} 不能为负数（{indicator}，{town}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="79"/>
        <source>填了扣分 {value}，但没有填写扣分事由（{indicator}，{town}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="80"/>
        <source>填了扣分事由，但没有填写扣分分值（{indicator}，{town}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="81"/>
        <source>扣分事由有 {reasons} 项，扣分分值有 {points} 项，须一一对应（每项一行）（{indicator}，{town}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="82"/>
        <source>得分 {score} 与扣分不符：分值 {points} 减去扣分合计 {deducted} 应为 {expected}（{indicator}，{town}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="83"/>
        <source>得分 {score} 低于分值 {points}，但没有填写扣分事由或备注；本年度要求说明每一处失分的原因（{indicator}，{town}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="84"/>
        <source>填了备注，但没有填写得分（{indicator}，{town}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="85"/>
        <source>该指标不适用于此镇街，不应填写内容，现为“{value}”（{indicator}，{town}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="86"/>
        <source>表中没有填写任何得分。请确认交回的是填好的打分表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="87"/>
        <source>文件有 {size} MB，远大于任何打分表（通常不到 1 MB），可能不是交回的打分表，未读取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="88"/>
        <source>工作簿解压后有 {size} MB，远大于任何打分表，可能含有超大的单元格或大量无关内容，未读取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="89"/>
        <source>这是含宏的工作簿（.xlsm），不接受。请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="90"/>
        <source>工作簿中有 {count} 张打分表（{sheets}），一次只能导入一张。请每个部门单独交回一个文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="91"/>
        <source>工作表超过 {limit} 行，远多于镇街数，可能在表格下方粘贴了大量内容。请删除多余的行后再交回。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="285"/>
        <source>（空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="289"/>
        <source>（扣分：{items}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/returned.py" line="291"/>
        <source>［备注：{note}］</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="28"/>
        <source>汇总表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="29"/>
        <source>明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="30"/>
        <location filename="../desktop_app/excel/submission.py" line="51"/>
        <location filename="../desktop_app/excel/submission.py" line="97"/>
        <source>加分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="31"/>
        <location filename="../desktop_app/excel/submission.py" line="52"/>
        <source>督查评估</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="32"/>
        <location filename="../desktop_app/excel/submission.py" line="56"/>
        <source>一票否决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="33"/>
        <source>{title}结果汇总表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="34"/>
        <source>{title}各项得分明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="35"/>
        <source>{title}加分登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="36"/>
        <source>{title}市级评估结果运用登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="37"/>
        <source>{title}一票否决登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="38"/>
        <source>{year}年度{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="39"/>
        <source>填报单位：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="40"/>
        <source>填报日期：{date}&#x3000;&#x3000;单位：分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="41"/>
        <source>{year}年{month}月{day}日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="42"/>
        <source>排名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="43"/>
        <source>类内排名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="44"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="45"/>
        <location filename="../desktop_app/excel/template.py" line="64"/>
        <source>镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="46"/>
        <source>各项得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="47"/>
        <source>{name}
（{points}分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="48"/>
        <source>得分合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="49"/>
        <source>适用满分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="50"/>
        <source>百分制折算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="53"/>
        <source>调整指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="54"/>
        <source>最终得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="55"/>
        <source>等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="58"/>
        <source>结果运用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="59"/>
        <source>否决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="60"/>
        <source>缺 {count} 项打分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="61"/>
        <source>说明：百分制折算 = 得分合计 × {full} ÷ 适用满分；最终得分 = 百分制折算 + 加分 + 督查评估，四舍五入保留两位小数；加分累计不超过 {cap} 分；被一票否决的镇街排在最后，定为“{veto}”等次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="63"/>
        <source>说明：百分制折算 = 得分合计 × {full} ÷ 适用满分；最终得分 = 百分制折算 + 加分 + 督查评估 + 调整指标，四舍五入保留两位小数；加分累计不超过 {cap} 分；被一票否决的镇街排在最后，定为“{veto}”等次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="65"/>
        <source>注意：尚有 {count} 项未打分（按 0 分计），本表为临时结果，不作正式上报。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="66"/>
        <source>草稿，不作正式上报：尚有 {count} 项条件未满足——{conditions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="67"/>
        <source>数据指纹 {fingerprint}（{state}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="68"/>
        <source>填表人：&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;审核人：&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;负责人：&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;（单位盖章）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="69"/>
        <location filename="../desktop_app/excel/template.py" line="65"/>
        <source>第 &amp;P 页，共 &amp;N 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="70"/>
        <location filename="../desktop_app/excel/template.py" line="63"/>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="71"/>
        <source>一级指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="72"/>
        <source>二级指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="73"/>
        <source>打分部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="74"/>
        <source>责任部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="75"/>
        <source>分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="77"/>
        <source>扣分合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="80"/>
        <source>佐证材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="81"/>
        <source>未打分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="82"/>
        <source>加分类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="83"/>
        <source>每次分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="84"/>
        <source>次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="85"/>
        <source>同一成果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="86"/>
        <source>计入分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="87"/>
        <source>依据（文号、标题）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="88"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="89"/>
        <source>同一成果就高计分，本条不计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="90"/>
        <source>注：加分累计上限 {cap} 分。{towns}的加分合计超过上限，按 {cap} 分计入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="91"/>
        <source>{name}（合计 {total} 分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="92"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="93"/>
        <source>轮次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="94"/>
        <source>每轮加分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="95"/>
        <source>造成区被扣分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="96"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="98"/>
        <source>取消加分并扣除同等分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="99"/>
        <source>否决原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="100"/>
        <source>否决指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/submission.py" line="101"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/template.py" line="49"/>
        <source>填写说明：1. 每个镇街在各指标下填“得分”，范围 0 至该项分值，最多两位小数。2. 有扣分的，填“扣分事由”和“扣分”；得分 = 分值 − 扣分（不低于 0），此时得分可留空，填了须与之相符；多项扣分可在同一格内换行（Alt+Enter）逐项填写，事由与分值一一对应。3. 灰色“不适用”格不填。4. 请勿增删行列、改动表头或另存为其他格式；填好后将本文件交回考核办导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/template.py" line="55"/>
        <source>5. 本年度要求说明每一处失分的原因：得分低于分值的，须填写扣分事由和扣分，或在备注中说明，否则不能导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/template.py" line="57"/>
        <source>填表人：&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;联系电话：&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;部门负责人：&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;（部门盖章）&#x3000;&#x3000;&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/template.py" line="58"/>
        <source>填表人：&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;部门负责人：&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;（部门盖章）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/template.py" line="59"/>
        <source>{title}
{department}打分表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/template.py" line="60"/>
        <source>{year}年度 {title}
{department}打分表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/template.py" line="61"/>
        <source>分值 {points} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/template.py" line="62"/>
        <source>考核方式：{method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/template.py" line="66"/>
        <source>0～{points}，最多两位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/template.py" line="67"/>
        <source>得分须在 0 到 {points} 之间（最多两位小数）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/excel/template.py" line="68"/>
        <source>{year}年度打分表_{department}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="60"/>
        <source>第 {rank} 名 · 等次 {grade} · 最终得分 {final}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="64"/>
        <location filename="../desktop_app/gui/results/explain.py" line="264"/>
        <location filename="../desktop_app/gui/results/explain.py" line="289"/>
        <source>一票否决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="68"/>
        <source>等次限制：{name}，最高评为“{grade}”{reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="71"/>
        <source>临时结果：缺 {count} 项打分，按 0 分计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="82"/>
        <source>计分明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="85"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;（{points}分） 小计 &lt;b&gt;{subtotal}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="88"/>
        <source>指标 / 部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="88"/>
        <source>分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="88"/>
        <source>得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="109"/>
        <source>不适用：{code} {name}（{points}分，不计入适用满分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="118"/>
        <source>未汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="124"/>
        <source>尚未导入下级年度文件（在“加分与否决 → 下级结果”中导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="126"/>
        <source>来源：{file}（{title}，数据指纹 {fingerprint}，{date} 读取）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="130"/>
        <source>{points} × 各单位（最终得分 ÷ 满分）的加权平均，{count} 个单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="132"/>
        <source>{name} {final} ÷ {full}{weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="134"/>
        <source>，权重 {weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="144"/>
        <source>缺 {count} 轮，按 0 计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="145"/>
        <source>全年得分 = 各轮得分平均（保留两位小数），不超过 {points} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="146"/>
        <source>全年得分 = 各轮得分之和，不超过 {points} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="155"/>
        <source>{round}（{department}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="157"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="167"/>
        <source>扣 {points}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="170"/>
        <source>备注：{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="172"/>
        <source>录入时间：{time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="180"/>
        <location filename="../desktop_app/gui/results/explain.py" line="283"/>
        <source>加分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="185"/>
        <source>{type} ×{count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="188"/>
        <source>同一成果“{group}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="195"/>
        <source>就高不就低，未计入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="197"/>
        <source>无加分记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="201"/>
        <source>合计 {uncapped}，已达上限 {cap} 分，按 {cap} 分计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="203"/>
        <source>加分合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="208"/>
        <location filename="../desktop_app/gui/results/explain.py" line="284"/>
        <source>督查评估</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="215"/>
        <source>{name} 第 {round} 轮</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="220"/>
        <source>因该镇街导致区被扣分，取消加分并扣除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="224"/>
        <source>无督查评估记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="226"/>
        <source>督查评估合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="236"/>
        <location filename="../desktop_app/gui/results/explain.py" line="285"/>
        <source>调整指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="241"/>
        <source>{name}：{times} 次 × {points} = &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="244"/>
        <source>该项累计不超过 {cap} 分，按 {counted} 计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="248"/>
        <source>无调整指标记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="250"/>
        <source>加分项合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="252"/>
        <source>扣分项合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="255"/>
        <source>{label} {uncapped}，超过上限 {cap} 分，按 {cap} 分计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="258"/>
        <source>调整指标合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="274"/>
        <source>被否决的镇街排在未被否决的镇街之后，等次定为“{grade}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="280"/>
        <source>适用满分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="281"/>
        <source>原始得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="282"/>
        <source>折算得分（百分制）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="286"/>
        <source>最终得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="287"/>
        <source>排名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="288"/>
        <source>等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="289"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="289"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="290"/>
        <source>数据完整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="290"/>
        <source>完整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="290"/>
        <source>缺 {count} 项：{parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="294"/>
        <source>折算得分 = 原始得分 × {full_score} ÷ 适用满分；最终得分 = 折算得分 + 加分 + 督查评估 + 调整指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="296"/>
        <source>折算得分 = 原始得分 × {full_score} ÷ 适用满分；最终得分 = 折算得分 + 加分 + 督查评估</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/explain.py" line="298"/>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailingModel</name>
    <message>
        <location filename="../desktop_app/gui/results/state.py" line="43"/>
        <source>双击转到需要修改的地方</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="186"/>
        <source>本年度方案列出的考核方式（在“否决情形与考核方式”中维护），也可直接输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="187"/>
        <source>否决指标（不计分，触发即一票否决）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="188"/>
        <source>全部镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="189"/>
        <source>部分镇街（在下表勾选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="208"/>
        <source>不分轮次，一次打分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="208"/>
        <source>分轮次考核，全年取各轮平均</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="209"/>
        <source>分轮次考核，全年取各轮之和</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="211"/>
        <source>按本年度的考核轮次（在“考核规则与类型”中填写）每轮一个打分部分；全年得分不超过全年分值，缺任何一轮即为临时结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="217"/>
        <source>编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="218"/>
        <source>二级指标名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="219"/>
        <source>所属一级指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="220"/>
        <source>责任部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="221"/>
        <source>分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="222"/>
        <source>考核内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="223"/>
        <source>考核方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="225"/>
        <source>适用镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="227"/>
        <source>考核轮次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="228"/>
        <source>全年分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="229"/>
        <source>打分部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="285"/>
        <source>{round}：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="286"/>
        <source>{code} {department} {points} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="299"/>
        <source>改为{how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="300"/>
        <source>全年分值改为 {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="316"/>
        <source>二级指标改名为“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="321"/>
        <source>二级指标移到“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="326"/>
        <source>修改考核内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="330"/>
        <source>考核方式改为“{method}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="334"/>
        <source>设为否决指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="334"/>
        <source>取消否决指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="339"/>
        <source>适用于全部镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="341"/>
        <source>改为部分镇街适用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="345"/>
        <source>适用镇街：{action} {town}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="346"/>
        <source>勾选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="346"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="461"/>
        <source>第 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="462"/>
        <source> 轮</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="463"/>
        <source>该轮造成区被扣分（取消加分，并扣除同等分值）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="465"/>
        <source>区被扣的分值，如 0.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="469"/>
        <source>督查评估类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="470"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="525"/>
        <source>轮次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="472"/>
        <source>被扣分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="473"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="529"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="476"/>
        <source>各镇街督查评估合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="482"/>
        <source>{name}（每轮 +{award} 分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="487"/>
        <source>市级专项督查、区县交叉核查、市级第三方评估按轮次计：每轮获得该类型的加分；该轮造成区被扣分的，不加分，并扣除同等分值。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="512"/>
        <source>{town} {kind} 第 {round} 轮</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="523"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="537"/>
        <source>镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="524"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="526"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="526"/>
        <source>造成区被扣 {points} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="527"/>
        <source>获得加分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="528"/>
        <source>增减分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="538"/>
        <source>轮次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="539"/>
        <source>督查评估合计</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="26"/>
        <source>待整改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="27"/>
        <source>整改中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="28"/>
        <source>待核验</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="29"/>
        <source>已销号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="37"/>
        <source>一票否决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="38"/>
        <source>市级评估扣分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="39"/>
        <source>指标失分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="40"/>
        <source>实地检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="41"/>
        <source>手工录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="89"/>
        <location filename="../desktop_app/gui/ledger/models.py" line="31"/>
        <source>镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="90"/>
        <location filename="../desktop_app/gui/ledger/models.py" line="32"/>
        <source>问题来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="91"/>
        <location filename="../desktop_app/gui/ledger/models.py" line="33"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="92"/>
        <source>整改要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="93"/>
        <source>整改措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="94"/>
        <source>责任领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="95"/>
        <location filename="../desktop_app/gui/ledger/models.py" line="34"/>
        <source>牵头单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="96"/>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="97"/>
        <location filename="../desktop_app/gui/ledger/models.py" line="35"/>
        <source>整改时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="98"/>
        <location filename="../desktop_app/gui/ledger/models.py" line="36"/>
        <source>完成情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="99"/>
        <source>完成日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="100"/>
        <source>佐证材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="101"/>
        <source>核验人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="102"/>
        <source>核验意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="103"/>
        <source>反馈函文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="104"/>
        <source>反馈函日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="105"/>
        <source>来源标识</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="130"/>
        <source>镇街 {town} 不在本年度的镇街中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="132"/>
        <source>问题来源“{source}”不是可选的来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="134"/>
        <source>完成情况“{status}”不是可选的状态（待整改、整改中、待核验、已销号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="137"/>
        <source>问题描述不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="141"/>
        <source>“{field}”超过 {limit} 个字，请精简</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="146"/>
        <location filename="../desktop_app/services/ledger.py" line="37"/>
        <source>“{field}”中的“{value}”不是日期（如 2024-06-30）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="150"/>
        <source>销号须填写完成日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="152"/>
        <source>销号须有佐证材料（说明或附件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/ledger.py" line="154"/>
        <source>销号须由核验人核验并署名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/models.py" line="30"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/ledger.py" line="59"/>
        <source>第 {id} 号问题已被删除（可能在另一窗口中），请刷新后再操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/ledger.py" line="123"/>
        <source>不能修改的字段：{fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/ledger.py" line="131"/>
        <source>第 {id} 号问题已在另一窗口中被修改，请刷新后再改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/ledger.py" line="194"/>
        <source>第 {id} 号问题在读取台账之后已被修改，请重新导入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="224"/>
        <source>（未填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="233"/>
        <source>全部镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="250"/>
        <source>共 {total} 个问题：待整改 {open}，整改中 {doing}，待核验 {verify}，已销号 {closed}；逾期未销号 {overdue}（红色），7 日内到期 {soon}（黄色）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="309"/>
        <source>第 {id} 号问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="319"/>
        <source>尚未通过反馈函送达</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="327"/>
        <source>新问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="404"/>
        <source>把本年度的失分（一票否决、市级评估扣分、各项扣分事由）生成为整改问题；已生成过的不再重复。
整改时限（如 2024-06-30，可留空以后填写）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="405"/>
        <source>由失分生成问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="413"/>
        <source>新增 {count} 个问题。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="415"/>
        <source>没有新的失分问题：台账中已有全部失分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="428"/>
        <source>新增问题 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="446"/>
        <source>修改问题 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="471"/>
        <source>见佐证文件：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="461"/>
        <source>问题 {id} 销号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="292"/>
        <source>第 {id} 号问题的修改尚未保存。保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="293"/>
        <source>保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="396"/>
        <source>由失分生成 {count} 个问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="479"/>
        <source>删除第 {id} 号问题“{text}”？（可以撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="480"/>
        <source>删除问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="484"/>
        <source>删除问题 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="494"/>
        <source>导出整改台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="495"/>
        <source>{year}年度整改台账.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="504"/>
        <source>已导出到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="511"/>
        <location filename="../desktop_app/gui/ledger/tab.py" line="529"/>
        <source>导入整改台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="522"/>
        <source>台账中有 {count} 处问题，未导入任何内容：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="523"/>
        <source>……另有 {count} 处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="528"/>
        <source>将新增 {new} 个问题，修改 {changed} 个问题（{unchanged} 个未改动）。确定导入吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="540"/>
        <source>{year}年度整改情况报告-{town}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="541"/>
        <source>{year}年度整改情况报告（全部镇街）.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="542"/>
        <source>保存整改情况报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="542"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/ledger/tab.py" line="556"/>
        <source>已保存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitFlagPage</name>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="736"/>
        <source>认定理由（如“被市级通报批评”“存在突出问题”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="737"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="782"/>
        <source>等次限制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="738"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="784"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="741"/>
        <source>受等次限制的镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="748"/>
        <source>{name}（最高评为“{grade}”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="751"/>
        <source>腾出的名额由后续镇街递补</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="751"/>
        <source>腾出的名额不递补</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="753"/>
        <source>等次限制在按名额或分数线定等之后适用：受限制的镇街最高只能评为该限制的等次，{refill}。依据调整指标的限制由登记的调整指标记录自动触发；这里登记考核办的认定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="755"/>
        <source>本年度没有设定等次限制。需要时在“考核方案 → 考核规则与类型”中添加。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="781"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="789"/>
        <source>镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="783"/>
        <source>最高等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="790"/>
        <source>满足的限制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="791"/>
        <source>评定等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="792"/>
        <source>名次</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="101"/>
        <source>考核方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="102"/>
        <source>镇街设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="103"/>
        <source>部门打分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="104"/>
        <source>加分与否决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="105"/>
        <source>结果看板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="106"/>
        <source>公文输出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="107"/>
        <source>申诉复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="108"/>
        <source>整改台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="137"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="140"/>
        <source> 考核年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="146"/>
        <source>新建年度…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="152"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="153"/>
        <source>打开数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="154"/>
        <source>新建数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="155"/>
        <source>最近打开的数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="158"/>
        <source>导入年度文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="159"/>
        <source>导出年度文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="160"/>
        <source>导出上报表格…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="162"/>
        <source>备份数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="163"/>
        <source>从备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="164"/>
        <source>备份文件夹…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="165"/>
        <source>审计记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="167"/>
        <source>账户管理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="168"/>
        <source>修改密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="170"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="171"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="172"/>
        <location filename="../desktop_app/gui/main_window.py" line="431"/>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="182"/>
        <source>未设账户（单人使用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="187"/>
        <source>操作人：{name}（{role}{department}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="201"/>
        <source>密码已修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="249"/>
        <source>数据库：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="252"/>
        <source>镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="253"/>
        <source>{units}设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="255"/>
        <source>没有打开的年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="259"/>
        <source>已审定，数据只读（数据指纹 {fingerprint}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="262"/>
        <source>正式结果（数据指纹 {fingerprint}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="264"/>
        <source>草稿：尚有 {count} 项条件未满足，见“结果看板”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="296"/>
        <source>{year}年度镇街考核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="314"/>
        <source>找不到数据库文件 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="338"/>
        <source>打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="338"/>
        <source>考核数据库 (*.db);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="344"/>
        <source>新建数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="344"/>
        <location filename="../desktop_app/gui/main_window.py" line="413"/>
        <source>考核数据库 (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="365"/>
        <source>导入年度文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="365"/>
        <location filename="../desktop_app/gui/main_window.py" line="402"/>
        <source>年度文件 (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="370"/>
        <source>正在读取和检查 {name} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="379"/>
        <source>数据库中已有 {year} 年度。用文件中的内容替换它吗？现有的打分和登记将被替换。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="381"/>
        <source>文件中的整改台账、申诉和佐证材料也将替换数据库中该年度的台账、申诉和佐证材料。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="383"/>
        <source>数据库中该年度的整改台账、申诉和佐证材料保留不变。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="393"/>
        <source>已导入 {year} 年度：{towns} 个镇街，{scores} 条得分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="402"/>
        <source>导出年度文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="405"/>
        <source>已导出到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="413"/>
        <source>备份数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="416"/>
        <source>已备份到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="430"/>
        <source>{name} {version}
镇街年度考核计分、排名、定等与公文输出。
全部数据保存在本机，不联网。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messenger</name>
    <message>
        <location filename="../desktop_app/gui/common/messenger.py" line="13"/>
        <source>无法完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/common/messenger.py" line="16"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/common/messenger.py" line="19"/>
        <source>请确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/common/messenger.py" line="24"/>
        <source>输入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewYearDialog</name>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="54"/>
        <source>新建考核年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="61"/>
        <source>复制 {year} 年度的方案和镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="42"/>
        <source>内置模板：长寿区 2023 年度指标体系（镇街，按比例定等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="43"/>
        <source>内置模板：云南省考核评估细则式（分类考核，等次限制，结果运用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="44"/>
        <source>内置模板：河北省市级考核办法式（平时、集中、县级结果，调整指标 ±5）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="65"/>
        <source>空白方案（自行建立指标、部门和镇街）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="67"/>
        <source>留空则沿用原标题并替换年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="68"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="69"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/main_window.py" line="70"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartForm</name>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="357"/>
        <source>编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="358"/>
        <source>所属二级指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="359"/>
        <source>责任部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="360"/>
        <source>分值</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanListsForm</name>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="414"/>
        <source>本年度考核方案的用语，每行一项。否决情形在登记一票否决时供选择，考核方式在编辑二级指标时供选择；新建年度时随方案复制。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="419"/>
        <source>一票否决情形</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="420"/>
        <source>考核方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="432"/>
        <source>修改一票否决情形</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="437"/>
        <source>修改考核方式</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="132"/>
        <source>佐证材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="133"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="136"/>
        <source>佐证文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="147"/>
        <source>登记 / 修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="151"/>
        <source>镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="153"/>
        <source>新增登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="154"/>
        <source>保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="155"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="156"/>
        <source>清空表单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="187"/>
        <source>各镇街合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="284"/>
        <source>登记：{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="299"/>
        <source>修改：{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="311"/>
        <source>删除这条登记吗？
{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="314"/>
        <source>删除：{what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistersTab</name>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="908"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="939"/>
        <source>加分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="909"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="939"/>
        <source>市级评估结果运用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="910"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="939"/>
        <source>一票否决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="911"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="939"/>
        <source>调整指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="912"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="939"/>
        <source>等次限制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="913"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="940"/>
        <source>下级结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="942"/>
        <source>{label}（{count}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsExport</name>
    <message>
        <location filename="../desktop_app/gui/results/export.py" line="13"/>
        <source>{year}年度考核结果上报表.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/export.py" line="25"/>
        <source>结果还是草稿（尚有 {count} 项条件未满足），表格会注明“草稿，不作正式上报”。仍要导出吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/export.py" line="28"/>
        <location filename="../desktop_app/gui/results/export.py" line="31"/>
        <source>导出上报表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/export.py" line="33"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/export.py" line="46"/>
        <source>正在生成上报表格 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/export.py" line="53"/>
        <source>无法生成上报表格：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/export.py" line="57"/>
        <source>已导出 {year} 年度上报表格（汇总表、明细、加分、督查评估、一票否决）：
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="142"/>
        <source>单击或用方向键选中镇街，右侧显示其得分构成；单击列标题排序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="145"/>
        <source>复制表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="151"/>
        <source>红字：一票否决（鼠标停在“否决”上可看原因）；黄底斜体：数据不完整，临时结果。Ctrl+C 复制整张表，可粘贴到 Excel。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="172"/>
        <source>最终得分与等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="173"/>
        <source>分项得分构成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="181"/>
        <source>得分构成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="184"/>
        <source>部门填报进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="205"/>
        <source>没有打开的年度。请在上方选择或新建考核年度。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="219"/>
        <source>尚有 {count} 项未打分，以下为临时结果（缺项按 0 分计）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="263"/>
        <source>缺 {count} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="265"/>
        <source>否决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="274"/>
        <source>审定 {year} 年度的考核结果吗？审定后数据只读，通报、反馈函和上报表格印上数据指纹；如需修改须重新打开并说明理由。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="275"/>
        <source>审定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="283"/>
        <source>重新打开 {year} 年度的理由（将与年度一并保存）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="284"/>
        <source>重新打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/tab.py" line="347"/>
        <source>单击表格中的镇街（或用方向键选中），这里显示它的得分构成：每项指标的得分、扣分原因、备注和录入时间，加分、督查评估、一票否决和各项合计。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="89"/>
        <source>排名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="89"/>
        <source>镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="89"/>
        <source>类内排名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="91"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="93"/>
        <source>{name}
({points}分)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="96"/>
        <source>适用满分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="96"/>
        <source>折算得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="97"/>
        <source>加分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="97"/>
        <source>督查评估</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="98"/>
        <source>调整指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="99"/>
        <source>最终得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="99"/>
        <source>等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="100"/>
        <source>一票否决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="100"/>
        <source>数据完整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="240"/>
        <source>否决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="242"/>
        <source>完整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="242"/>
        <source>缺 {count} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="265"/>
        <source>一票否决：{reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="268"/>
        <source>未打分（按 0 分计）：
{parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/models.py" line="270"/>
        <source>{name}（{code}），单击查看得分构成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollUp</name>
    <message>
        <location filename="../desktop_app/services/rollup.py" line="32"/>
        <source>打分部分 {part} 不是下级结果汇总部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/rollup.py" line="34"/>
        <source>本年度没有镇街 {town}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/rollup.py" line="38"/>
        <source>{file} 是 {lower} 年度的考核，本年度是 {upper} 年度，不能汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/rollup.py" line="41"/>
        <source>{file} 考核的是“{found}”，这里要汇总的是“{wanted}”的考核结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/rollup.py" line="46"/>
        <source>{file} 的考核尚有 {count} 项未打分，结果不是最终结果，不能汇总</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollUpPage</name>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="803"/>
        <source>导入下级年度文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="810"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="874"/>
        <source>汇总部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="811"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="814"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="879"/>
        <source>汇总得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="826"/>
        <source>下级结果汇总：选择镇街和汇总部分，导入该单位下级用本程序导出的年度文件（须为同一年度、已全部打分）；该部分得分 = 分值 × 各下级单位（最终得分 ÷ 满分）的加权平均，保留两位小数。再次导入同一单位即替换。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="828"/>
        <source>本年度没有由下级结果汇总的打分部分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="833"/>
        <source>{file}（数据指纹 {fingerprint}，{date} 读取）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="844"/>
        <source>本年度没有由下级结果汇总的打分部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="846"/>
        <source>下级年度文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="846"/>
        <source>年度文件 (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="856"/>
        <source>汇总：{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="873"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="884"/>
        <source>镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="875"/>
        <source>来源文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="876"/>
        <source>数据指纹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="877"/>
        <source>读取日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="878"/>
        <source>单位数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="885"/>
        <source>最终得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="886"/>
        <source>名次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="887"/>
        <source>等次</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesForm</name>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="182"/>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="182"/>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="205"/>
        <source>最后一个等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="239"/>
        <source>满分改为 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="239"/>
        <source>加分上限改为 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="240"/>
        <source>调整指标加分上限改为 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="241"/>
        <source>调整指标扣分上限改为 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="242"/>
        <source>不设上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="251"/>
        <source>考核轮次改为“{names}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="251"/>
        <source>不再分轮次考核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="259"/>
        <source>规则改为“{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="263"/>
        <source>要求说明失分原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="263"/>
        <source>不再要求说明失分原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="283"/>
        <source>修改等次“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="288"/>
        <source>新等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="291"/>
        <source>添加等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="298"/>
        <source>删除等次“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="311"/>
        <location filename="../desktop_app/gui/scheme/rules.py" line="331"/>
        <source>修改“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="335"/>
        <source>添加调整指标类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="336"/>
        <source>新调整指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="363"/>
        <source>修改等次限制“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="367"/>
        <source>添加等次限制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="367"/>
        <source>新等次限制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="374"/>
        <source>删除等次限制“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="399"/>
        <source>修改结果运用“{action}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="402"/>
        <source>添加结果运用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="403"/>
        <source>予以通报表扬</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="409"/>
        <source>删除结果运用“{action}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="413"/>
        <source>腾出的名额由后续镇街递补</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="413"/>
        <source>腾出的名额不递补</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="418"/>
        <source>添加加分类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="418"/>
        <source>新加分类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="421"/>
        <source>添加督查评估类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="422"/>
        <source>新督查评估类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/rules.py" line="343"/>
        <location filename="../desktop_app/gui/scheme/rules.py" line="431"/>
        <source>删除“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeChanges</name>
    <message>
        <location filename="../desktop_app/gui/scheme/changes.py" line="46"/>
        <source>这项修改（{what}）将删除 {scores} 条打分和 {records} 条加分、督查评估或否决记录。确定要修改吗？（可以撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/changes.py" line="52"/>
        <source>这项修改（{what}）后，已录入的 {count} 条得分将不再符合分值（超出范围或与扣分不符）。这些得分会保留并在打分表中标红，修正前结果只能作为草稿。确定要修改吗？（可以撤销）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeEdit</name>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="53"/>
        <source>编码 {code} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="96"/>
        <source>还没有任何责任部门，请先添加部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="154"/>
        <source>打分部分 {code} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="177"/>
        <source>否决指标不计分，分值只能为 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="179"/>
        <location filename="../desktop_app/gui/scheme/models.py" line="199"/>
        <source>分值不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="188"/>
        <source>“{name}”只有这一个打分部分；如不再需要，请删除整个二级指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="249"/>
        <source>考核轮次“{name}”重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="291"/>
        <source>轮次合成方式只能是取平均或累加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="293"/>
        <source>否决指标不计分，不能分轮次考核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="295"/>
        <source>本年度还没有设定考核轮次，请先在“考核规则与类型”中填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="257"/>
        <source>二级指标“{name}”分轮次考核，请先将其改为不分轮次，再取消考核轮次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="297"/>
        <source>“{name}”由 {parts} 个打分部分组成；分轮次考核的指标每轮只有一个打分部分，请先删去其余打分部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="302"/>
        <source>全年分值必须大于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="315"/>
        <source>部门名称不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="329"/>
        <location filename="../desktop_app/domain/scheme_edit.py" line="343"/>
        <source>镇街名称不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="331"/>
        <location filename="../desktop_app/domain/scheme_edit.py" line="345"/>
        <source>已有名为“{name}”的镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="373"/>
        <source>类别“{name}”重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="407"/>
        <source>至少要有一个等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="409"/>
        <source>等次名称不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/scheme_edit.py" line="507"/>
        <source>名称不能为空</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeTab</name>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="115"/>
        <source>选择责任部门；输入新名称并回车可添加部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="394"/>
        <source>{code} 责任部门改为“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="398"/>
        <source>{code} 分值改为 {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="453"/>
        <location filename="../desktop_app/gui/scheme/tab.py" line="678"/>
        <source>添加一级指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="454"/>
        <location filename="../desktop_app/gui/scheme/tab.py" line="687"/>
        <source>添加二级指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="455"/>
        <location filename="../desktop_app/gui/scheme/tab.py" line="696"/>
        <source>添加打分部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="456"/>
        <source>一项指标由几个部门分别打分时（如医疗保障：卫健委 5 分 + 医保局 5 分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="457"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="458"/>
        <location filename="../desktop_app/gui/scheme/tab.py" line="732"/>
        <source>上移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="459"/>
        <location filename="../desktop_app/gui/scheme/tab.py" line="732"/>
        <source>下移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="466"/>
        <source>否决情形与考核方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="467"/>
        <source>本年度方案规定的一票否决情形和考核方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="469"/>
        <source>考核规则与类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="470"/>
        <source>满分、加分上限、定等方式与等次、名次规则、加分类型、督查评估类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="498"/>
        <source>删除所选项（Delete）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="501"/>
        <source>选择左侧的一级指标、二级指标或打分部分进行编辑。
每项修改立即保存，可撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="557"/>
        <source>没有打开的年度。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="562"/>
        <source>各打分部分合计 {total} 分 / 满分 {full} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="565"/>
        <source>方案校验通过：{categories} 个一级指标、{indicators} 个二级指标、{parts} 个打分部分，合计 {total} 分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="573"/>
        <source>……另有 {count} 处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="574"/>
        <source>方案有 {count} 处需要修正（不影响继续编辑和录入）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="678"/>
        <source>新一级指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="685"/>
        <source>请先添加一级指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="688"/>
        <source>新二级指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="706"/>
        <source>删除一级指标“{name}”及其下 {count} 个二级指标吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="707"/>
        <source>删除一级指标“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="710"/>
        <source>删除二级指标“{name}”吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="711"/>
        <source>删除二级指标“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="713"/>
        <source>删除打分部分 {code} 吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/tab.py" line="714"/>
        <source>删除打分部分 {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeTreeModel</name>
    <message>
        <location filename="../desktop_app/gui/scheme/models.py" line="167"/>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/models.py" line="167"/>
        <source>分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/models.py" line="167"/>
        <source>责任部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/models.py" line="167"/>
        <source>考核方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/scheme/models.py" line="167"/>
        <source>适用镇街</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../desktop_app/gui/results/charts.py" line="184"/>
        <source>纵轴自 {bottom} 分起，便于看清分差</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/charts.py" line="187"/>
        <source>{rank}. {name}：{final}（{grade}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/charts.py" line="190"/>
        <source>，一票否决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/charts.py" line="192"/>
        <source>，临时结果</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="68"/>
        <source>0～{points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/tab.py" line="69"/>
        <source>允许范围 0～{points}，最多两位小数。Enter 保存并下移，Tab 保存并右移，Esc 取消。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="27"/>
        <source>新增 {new} 项，修改 {changed} 项，未变 {unchanged} 项，未填 {blank} 格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="37"/>
        <source>……另有 {count} 处</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPreviewDialog</name>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="122"/>
        <source>导入预览：{department}打分表（{year} 年度）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="130"/>
        <source>也显示未变的项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="147"/>
        <source>{name}：发现 {count} 处问题，未导入任何数据。请把下列问题告诉{department}，改正后重新交回；“复制问题清单”可把它们复制出来。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="152"/>
        <source>复制问题清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="155"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="158"/>
        <source>{name}：{summary}。点“应用”一次写入全部变化（可撤销），点“取消”不作任何更改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="161"/>
        <source>应用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="163"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPreviewModel</name>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="67"/>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="70"/>
        <source>单元格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="67"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="70"/>
        <source>变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="70"/>
        <source>镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="70"/>
        <source>指标（打分部分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="71"/>
        <source>原值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="71"/>
        <source>新值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="72"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="72"/>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/entry/sheet_import.py" line="72"/>
        <source>未变</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatePanel</name>
    <message>
        <location filename="../desktop_app/gui/results/state.py" line="60"/>
        <source>审定…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/state.py" line="61"/>
        <source>正式结果审定后冻结，数据只读，公文和表格印上数据指纹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/state.py" line="63"/>
        <source>重新打开…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/state.py" line="64"/>
        <source>重新打开已审定的年度以便修改，须说明理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/state.py" line="100"/>
        <source>。计为已提交：{list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/state.py" line="101"/>
        <source>{department}（{reason}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/state.py" line="113"/>
        <source>已审定（{when}），数据只读。数据指纹 {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/state.py" line="116"/>
        <source>正式结果：方案、得分和各部门提交均已齐备，可审定。数据指纹 {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/results/state.py" line="118"/>
        <source>草稿：尚有 {count} 项条件未满足，结果和公文只能作为草稿（双击下列条目转到该处）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../desktop_app/domain/status.py" line="27"/>
        <source>草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/status.py" line="28"/>
        <source>正式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/status.py" line="29"/>
        <source>已审定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/status.py" line="172"/>
        <source>{town}还有 {count} 项未打分（{parts}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/status.py" line="178"/>
        <source>{department}尚未提交打分表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/status.py" line="184"/>
        <source>{town}对“{indicator}”的申诉尚未复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/status.py" line="193"/>
        <source>数据与审定时不一致（审定时指纹 {then}，现为 {now}），请从备份恢复或重新审定</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../desktop_app/storage/database.py" line="108"/>
        <source>找不到备份文件 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="114"/>
        <source>备份文件 {path} 已损坏（{detail}），不能使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="118"/>
        <source>{path} 不是本程序的数据库或备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="120"/>
        <source>备份 {path} 由较新版本的程序创建（结构版本 {found}，本程序支持 {known}），请升级程序后再使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="129"/>
        <source>无法读取备份文件 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="138"/>
        <source>数据库 {path} 或其所在文件夹是只读的，无法写入；本次修改未保存。请检查文件和文件夹的权限（或是否在只读的 U 盘、光盘上）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="141"/>
        <source>磁盘已满，无法写入数据库 {path}；本次修改未保存，已有数据完好。请清理磁盘空间后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="144"/>
        <source>无法打开数据库 {path}（文件夹不存在、没有权限或被其他程序占用）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="147"/>
        <source>读写数据库 {path} 时磁盘出错；本次修改未保存。请检查磁盘或 U 盘是否已拔出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="225"/>
        <source>无法建立文件夹 {folder}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="253"/>
        <source>无法打开数据库 {path}：{reason}。该文件已损坏，请从备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="269"/>
        <source>找不到数据库文件 {path}。请检查路径；如要新建数据库，请在窗口中选择“新建数据库”或导入一个年度文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="272"/>
        <source>{path} 是文件夹，不是数据库文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="277"/>
        <source>无法读取数据库文件 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="282"/>
        <source>{path} 是空文件，不是本程序的数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="284"/>
        <source>{path} 不是数据库文件（可能是其他程序的文件），未作任何更改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="295"/>
        <source>{path} 是其他程序的 SQLite 数据库，不是本程序的数据库，未作任何更改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="316"/>
        <source>数据库 {path} 完整性检查未通过（{detail}），请从备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="322"/>
        <source>数据库 {path} 由较新版本的程序创建（结构版本 {found}，本程序支持 {known}），请升级程序后再打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="520"/>
        <source>数据库 {path} 正由另一个程序（另一窗口或命令行）写入，等待 {seconds} 秒后仍未完成。本次修改未保存，请稍后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="563"/>
        <source>数据库中没有 {year} 年度。已有年度：{years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="603"/>
        <source>数据库中已有 {year} 年度，未作任何更改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/storage/database.py" line="744"/>
        <location filename="../desktop_app/storage/database.py" line="859"/>
        <source>镇街 {town} 或打分部分 {part} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TownsModel</name>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="89"/>
        <source>{name}
（{points} 分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="91"/>
        <source>部分镇街适用的指标：勾选表示该指标适用于这个镇街，其分值计入适用满分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="94"/>
        <source>顺序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="94"/>
        <source>编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="94"/>
        <source>镇街名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="94"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="94"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="95"/>
        <source>适用满分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="95"/>
        <source>已录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="97"/>
        <source>该镇街适用的各打分部分分值之和（由计分核心计算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="98"/>
        <source>该镇街的打分、加分、督查评估和否决记录条数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="99"/>
        <source>双击或直接输入修改名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="100"/>
        <source>分类考核时镇街所属的类别（用“镇街类别…”设定类别）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="123"/>
        <source>{indicator}：{state}于{town}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="125"/>
        <source>适用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="125"/>
        <source>不适用</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TownsTab</name>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="217"/>
        <source>添加镇街…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="218"/>
        <source>删除镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="219"/>
        <source>上移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="220"/>
        <source>下移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="223"/>
        <source>镇街类别…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="224"/>
        <source>分类考核：设定镇街类别（如“镇、街道”或“重点帮扶、其他”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="226"/>
        <location filename="../desktop_app/gui/towns/tab.py" line="382"/>
        <source>按类别分别排名评等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="227"/>
        <source>勾选后每个类别单独排名，等次比例按该类别的镇街数计算；不勾选则全部镇街一起排名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="261"/>
        <source>删除所选镇街（Delete）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="305"/>
        <source>未设类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="306"/>
        <source>共 {count} 个镇街（{kinds}）；满分 {full} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="314"/>
        <source>；类别：{classes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="318"/>
        <source>，{count} 个未归类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="322"/>
        <source>右侧勾选列是只适用于部分镇街的指标：勾选即适用，其分值计入该镇街的适用满分（黄色表示适用满分低于满分，得分按百分制折算）。取消勾选会删除该镇街在此指标上的打分（先询问，可撤销）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="326"/>
        <source>目前所有指标都适用于全部镇街。要设定只适用于部分镇街的指标，请在“考核方案”页选中该指标，选择“部分镇街”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="355"/>
        <source>“{old}”改名为“{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="359"/>
        <source>{town}类型改为{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="363"/>
        <source>{town}归入类别“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="368"/>
        <source>镇街类别改为：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="368"/>
        <source>（不分类）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="374"/>
        <source>镇街类别的名称，按排列顺序用顿号分隔（如“镇、街道”）；清空表示不分类。
新类别与镇街类型同名时，该类型的镇街自动归入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="375"/>
        <source>镇街类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="382"/>
        <source>全部镇街一起排名评等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="389"/>
        <source>“{indicator}”适用于{town}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="389"/>
        <source>“{indicator}”不再适用于{town}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="400"/>
        <source>添加镇街“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="406"/>
        <source>新镇街的名称（如“凤城街道”“双龙镇”）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="407"/>
        <source>添加镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="417"/>
        <source>删除镇街“{name}”吗？该镇街没有任何打分或登记记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="419"/>
        <source>删除镇街“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/towns/tab.py" line="431"/>
        <source>调整镇街顺序</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="25"/>
        <source>{label}编码 {code} 重复（与第 {first} 条相同），编码必须唯一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="41"/>
        <source>{label}名称“{name}”重复（与第 {first} 条相同），名称必须唯一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="58"/>
        <source>{field} {value} 超过两位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="77"/>
        <source>满分必须大于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="83"/>
        <source>按比例评定等次时，等次“{name}”必须设定比例（share）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="87"/>
        <source>各等次比例之和为 {total}，不能超过 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="95"/>
        <source>按分数线评定等次时，等次“{name}”必须设定最低分（min_score）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="100"/>
        <source>等次“{name}”的最低分 {value} 高于上一等次的最低分，等次须从好到差排列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="108"/>
        <source>{label}不能为负数（现为 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="112"/>
        <source>否决等次“{name}”不是已设定的等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="133"/>
        <source>调整指标类型“{name}”的累计上限不能为负数（现为 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="142"/>
        <source>打分部分编码 {code} 重复（已用于 {first}），编码必须唯一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="155"/>
        <source>二级指标 {code} 所属的一级指标 {category} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="160"/>
        <source>二级指标 {code} 的适用镇街 {town} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="165"/>
        <source>打分部分 {code} 的责任部门 {department} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="169"/>
        <source>否决指标 {code} 的打分部分分值应为 0，现为 {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="180"/>
        <source>一级指标“{name}”分值为 {points}，但其下各打分部分合计 {sum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="183"/>
        <source>全部打分部分合计 {total} 分，与满分 {full} 不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="197"/>
        <source>第 {number} 个考核轮次没有名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="200"/>
        <source>考核轮次“{name}”重复（与第 {first} 个相同），轮次名称必须唯一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="212"/>
        <source>二级指标 {code} 不分轮次考核，其打分部分 {part} 不能注明轮次“{round}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="217"/>
        <source>二级指标 {code} 的轮次合成方式“{value}”无效，应为 mean（取平均）或 sum（累加）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="221"/>
        <source>分轮次考核的二级指标 {code} 须设定全年分值（大于 0）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="226"/>
        <source>否决指标 {code} 不能分轮次考核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="229"/>
        <source>分轮次考核的二级指标 {code} 没有任何轮次的打分部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="234"/>
        <source>二级指标 {code} 各轮取平均，每轮分值应等于全年分值 {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="238"/>
        <source>二级指标 {code} 各轮累加，各轮分值合计 {sum} 低于全年分值 {points}，满分无法达到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="244"/>
        <source>二级指标 {code} 分轮次考核，但没有轮次“{round}”的打分部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="251"/>
        <source>二级指标 {code} 的打分部分 {part} 注明的轮次“{round}”不是本年度设定的考核轮次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="255"/>
        <source>二级指标 {code} 的轮次“{round}”已由打分部分 {first} 打分，每轮只能有一个打分部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="271"/>
        <source>下级结果汇总的打分部分 {part} 不存在（或是否决指标）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="274"/>
        <source>打分部分 {part} 是分轮次考核的一轮，不能由下级结果汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="278"/>
        <source>打分部分 {part} 汇总时“{name}”的权重不能为负数（现为 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="294"/>
        <source>下级结果（{source}）的镇街 {town} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="297"/>
        <source>打分部分 {part} 不是下级结果汇总部分（镇街 {town}，{source}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="301"/>
        <source>镇街 {town} 的打分部分 {part} 已有下级结果（第 {first} 条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="305"/>
        <source>下级结果（{source}）没有任何单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="308"/>
        <source>下级结果（{source}）中“{name}”的满分必须大于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="312"/>
        <source>打分部分 {part} 的得分由下级考核结果汇总，不能直接录入（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="326"/>
        <source>结果运用第 {number} 条没有写明措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="329"/>
        <source>结果运用“{action}”须指明一个等次或一项等次限制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="332"/>
        <source>结果运用“{action}”的等次“{grade}”不是已设定的等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="336"/>
        <source>结果运用“{action}”的等次限制 {limit} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="350"/>
        <source>等次限制“{name}”的最高等次“{grade}”不是已设定的等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="354"/>
        <source>等次限制“{name}”所依据的调整指标类型 {type} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="367"/>
        <source>已设定按类别分别排名评等，但没有设定镇街类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="372"/>
        <source>镇街“{name}”没有归入任何类别（本年度按类别考核，每个镇街须属于一个类别）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="376"/>
        <source>镇街“{name}”的类别 {code} 不是本年度设定的类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="391"/>
        <source>镇街 {town} 不存在（打分部分 {part}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="394"/>
        <source>打分部分 {part} 不存在（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="397"/>
        <source>镇街 {town} 的打分部分 {part} 重复打分（与第 {first} 条相同）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="410"/>
        <source>加分记录的镇街 {town} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="411"/>
        <source>加分记录的加分类型 {type} 不存在（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="413"/>
        <source>加分次数必须至少为 1（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="421"/>
        <source>镇街 {town} 的{type}第 {round} 轮已登记过（第 {first} 条），同一轮不能重复登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="425"/>
        <source>督查评估记录的镇街 {town} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="426"/>
        <source>督查评估类型 {type} 不存在（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="428"/>
        <source>被扣分值不能为负数（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="434"/>
        <source>调整指标记录的镇街 {town} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="435"/>
        <source>调整指标类型 {type} 不存在（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="437"/>
        <source>调整次数必须至少为 1（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="443"/>
        <source>等次限制认定的镇街 {town} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="446"/>
        <source>等次限制 {limit} 不存在（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="449"/>
        <source>等次限制认定须写明理由（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="457"/>
        <source>一票否决记录的镇街 {town} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="460"/>
        <source>一票否决记录引用的指标 {indicator} 不存在（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="463"/>
        <source>指标 {indicator} 不是否决指标（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="499"/>
        <source>打分部分 {part} 属于否决指标，不打分；触发否决请登记一票否决（镇街 {town}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="502"/>
        <source>二级指标 {indicator} 不适用于镇街 {town}，不能为其打分（打分部分 {part}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="505"/>
        <source>镇街 {town} 打分部分 {part} 的得分 {score} 超出范围 0～{points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="513"/>
        <source>扣分 {points} 不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/validation.py" line="519"/>
        <source>镇街 {town} 打分部分 {part}：分值 {points} 减去扣分合计 {deducted} 应得 {expected}，但填报得分为 {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="57"/>
        <source>缺少必填字段 {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="58"/>
        <source>类型错误：应为 {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="59"/>
        <source>取值无效，可选值为 {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="60"/>
        <source>取值必须为 {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="61"/>
        <source>数值不能小于 {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="62"/>
        <source>数值不能大于 {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="63"/>
        <source>数值必须大于 {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="64"/>
        <source>至少需要 {detail} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="65"/>
        <source>不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="66"/>
        <source>含有格式不允许的字段 {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="67"/>
        <source>格式错误：应为 {detail}（日期写作 2024-06-28）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="68"/>
        <source>取值应为 &quot;all&quot; 或镇街编码列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="78"/>
        <source>不符合文件格式：{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="200"/>
        <source>数字 {number} 位数过多，不是合理的分值或数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="204"/>
        <location filename="../desktop_app/yearfile.py" line="206"/>
        <source>数字 {number} 超出合理范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="212"/>
        <source>整数 {number} 位数过多</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="217"/>
        <source>不允许 {name}：分值和数量必须是有限的数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="224"/>
        <source>文字中有无效的字符（单独的代理码位 \u{code:04x}），请检查文件的编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="238"/>
        <source>字段“{key}”在同一处出现了两次，无法确定取哪一个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="274"/>
        <source>不是有效的 JSON（{reason}），文件可能不完整或已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="281"/>
        <source>嵌套层数过多（超过 {limit} 层），不是考核年度文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="284"/>
        <source>文件内容不是一个考核年度（应为 JSON 对象）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="308"/>
        <source>佐证文件“{name}”的内容不是有效的 base64 编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="311"/>
        <source>佐证文件“{name}”有 {found} 字节，与记录的大小 {size} 字节不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="351"/>
        <source>无法读取文件：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/yearfile.py" line="361"/>
        <source>文件不是 UTF-8 编码的文本，请选择导出的年度文件（.json）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/messages.py" line="55"/>
        <source>……另有 {count} 处问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/follow_up.py" line="79"/>
        <source>编号 {id} 重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/follow_up.py" line="84"/>
        <source>申诉理由不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/follow_up.py" line="87"/>
        <source>待复核的申诉不能有复核日期、复核人或复核后得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/follow_up.py" line="90"/>
        <source>改分的申诉须有 0 到该项分值之间的复核后得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/follow_up.py" line="99"/>
        <source>佐证文件“{name}”所属的“{owner}”不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/follow_up.py" line="105"/>
        <source>佐证文件“{name}”的内容与其 SHA-256 不符，文件可能已损坏或被改动</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VetoPage</name>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="550"/>
        <source>选择方案中的否决情形，或直接填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="554"/>
        <source>通报文件、问题清单等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="552"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="613"/>
        <source>否决原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="553"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="614"/>
        <source>否决指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="615"/>
        <source>佐证材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="616"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="558"/>
        <source>被否决镇街的结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="574"/>
        <source>（无，按方案否决情形）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="580"/>
        <source>被一票否决的镇街不论得分多少，排在未被否决的镇街之后，定为“{grade}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="604"/>
        <source>{town} 一票否决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="612"/>
        <location filename="../desktop_app/gui/registers/tab.py" line="621"/>
        <source>镇街</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="622"/>
        <source>最终得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="623"/>
        <source>名次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/gui/registers/tab.py" line="624"/>
        <source>等次</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../desktop_app/gui/common/errors.py" line="20"/>
        <source>无法读写文件 {name}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TownBarChart</name>
    <message>
        <location filename="../desktop_app/gui/results/charts.py" line="117"/>
        <source>仅显示前 {shown} 名（共 {total} 个镇街），完整名单见上方表格</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
